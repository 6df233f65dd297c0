/// The report's look: one inline style sheet for screen and print, and the topic colours.
extension PlanReport {
    /// Topic colours in lane order (Tableau 10, told apart also by people with common colour
    /// blindness), each with the text colour that reads on it.
    static let palette: [(background: String, text: String)] = [
        ("#4e79a7", "#fff"), ("#f28e2b", "#000"), ("#e15759", "#fff"), ("#76b7b2", "#000"), ("#59a14f", "#fff"),
        ("#edc948", "#000"), ("#b07aa1", "#fff"), ("#ff9da7", "#000"), ("#9c755f", "#fff"), ("#bab0ac", "#000"),
    ]

    static let styleSheet = """
        :root { --ink: #1d2330; --muted: #5b6475; --rule: #d5d9e0; --we: #eceef2; --hol: #9fb0cc; --hol-some: #d3ddef;
                --closed: #f4c9c9; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font: 14px/1.4 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink);
               margin: 24px auto; max-width: 1560px; padding: 0 16px; }
        h1 { font-size: 26px; margin: 0; }
        h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 2px; }
        .subtitle { color: var(--muted); margin: 2px 0 12px; }
        .figures { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0; }
        .figures div { border-left: 4px solid var(--rule); padding-left: 8px; }
        .figures dt { font-size: 12px; color: var(--muted); }
        .figures dd { margin: 0; font-size: 17px; font-weight: bold; }
        .figures.optimal div:nth-child(2) { border-color: #59a14f; }
        .figures.feasible div:nth-child(2) { border-color: #f28e2b; }
        table { border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .nowrap { white-space: nowrap; }
        .objective td, .objective th, .meetings td, .meetings th, .rotation td, .rotation th {
            padding: 4px 8px; border-bottom: 1px solid var(--rule); }
        .objective thead th, .meetings thead th, .rotation thead th { font-size: 12px; color: var(--muted);
            border-bottom: 2px solid var(--ink); }
        .objective tfoot th, .objective tfoot td { border-top: 2px solid var(--ink); font-weight: bold; }
        .objective td:last-child { color: var(--muted); max-width: 640px; }
        .meetings table { width: 100%; font-size: 13px; }
        .meetings .address { color: var(--muted); font-size: 12px; }
        .meetings .members { font-size: 11px; color: var(--muted); max-width: 260px; }
        .meetings tbody tr:nth-child(even) { background: #f7f8fa; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px;
                  vertical-align: -1px; border: 1px solid rgba(0,0,0,.25); }
        .swatch.we { background: var(--we); } .swatch.hol { background: var(--hol); }
        .swatch.hol-some { background: var(--hol-some); } .swatch.closed { background: var(--closed); }
        .fixed-mark { color: #b8860b; font-weight: bold; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 0; margin: 4px 0; font-size: 12px; }
        .year-grid { width: 100%; table-layout: fixed; font-size: 10px; }
        .year-grid thead th { font-weight: normal; color: var(--muted); text-align: center; padding: 0 0 2px; }
        .year-grid th.month-head { width: 76px; }
        .year-grid th.month { font-size: 12px; font-weight: bold; padding: 2px 6px 0 0; border-top: 1px solid var(--ink);
                              vertical-align: middle; }
        .year-grid th.month span { font-weight: normal; color: var(--muted); font-size: 10px; }
        .year-grid td { height: 15px; padding: 0; border-left: 1px solid #fff; }
        .year-grid tr:has(th.month) td { border-top: 1px solid var(--ink); }
        .year-grid td.last-lane { border-bottom: 3px solid #fff; }
        .year-grid td.we { background: var(--we); }
        .year-grid td.hol-some { background: var(--hol-some); }
        .year-grid td.hol { background: var(--hol); }
        .year-grid td.closed { background: var(--closed); }
        .year-grid td.state-closed, .swatch.state-closed { box-shadow: inset 0 3px 0 #b07aa1; }
        .year-grid td.city-closed, .swatch.city-closed { box-shadow: inset 0 -3px 0 #e15759; }
        .year-grid td.state-closed.city-closed { box-shadow: inset 0 3px 0 #b07aa1, inset 0 -3px 0 #e15759; }
        .year-grid td.out { background: #fff; }
        .year-grid td.void { background: #f6f6f6; border-left-color: #f6f6f6; }
        .year-grid td.block { border-radius: 3px; overflow: hidden; white-space: nowrap;
                              box-shadow: inset 0 0 0 1px rgba(0,0,0,.2); }
        .year-grid td.block span { display: block; overflow: hidden; text-overflow: ellipsis; padding: 0 2px;
                                   line-height: 15px; }
        .year-grid td.block.fixed { box-shadow: inset 0 0 0 2px #000; font-weight: bold; }
        .rotation td.this-year { font-weight: bold; }
        .map .note { color: var(--muted); font-size: 12px; margin: 0 0 6px; }
        .map-topics input { position: absolute; opacity: 0; }
        .map-topics label { display: inline-block; padding: 2px 10px; margin: 0 4px 4px 0; border: 1px solid var(--rule);
                            border-radius: 12px; font-size: 12px; cursor: pointer; }
        .map-topics input:checked + label { background: var(--ink); color: #fff; border-color: var(--ink); }
        .map-topics input:focus-visible + label { outline: 2px solid #4e79a7; }
        svg.germany { display: block; width: 100%; max-width: 640px; height: auto; }
        svg.germany .state { fill: #f1f2f5; stroke: #fff; stroke-width: 1.2; fill-rule: evenodd; }
        svg.germany .state.in-network { fill: #dfe4ec; }
        svg.germany .trips { fill: none; }
        svg.germany .trips line { stroke-width: 1.3; stroke-opacity: .55; }
        svg.germany .trips line:hover { stroke-opacity: 1; stroke-width: 3; }
        svg.germany .city circle { stroke: #fff; stroke-width: 1; }
        svg.germany .city.member circle, .member-mark { fill: #8a93a5; }
        svg.germany .city.host circle, .host-mark { fill: var(--ink); }
        svg.germany .city text { font-size: 10px; fill: var(--ink); paint-order: stroke; stroke: #fff; stroke-width: 3px;
                                 stroke-linejoin: round; }
        .legend svg { vertical-align: -2px; margin-right: 4px; }
        footer { margin-top: 32px; font-size: 11px; color: var(--muted); }
        @page { size: A4 landscape; margin: 8mm; }
        @media print {
            body { margin: 0; padding: 0; max-width: none; font-size: 11px; }
            h1 { font-size: 18px; } h2 { font-size: 14px; margin-top: 10px; }
            .figures dd { font-size: 13px; }
            .year { break-after: page; }
            .meetings, .map, .objective { break-before: page; }
            .map { break-inside: avoid; }
            .map-topics { display: none; }
            svg.germany { max-width: none; width: auto; height: 165mm; margin: 0 auto; }
            .objective { break-inside: avoid; }
            .figures { gap: 4px 20px; }
            .legend { margin: 2px 0; font-size: 10px; }
            .year-grid th.month { font-size: 9px; }
            .year-grid th.month-head { width: 56px; }
            .year-grid td.last-lane { border-bottom-width: 2px; }
            .meetings table { font-size: 9px; table-layout: fixed; }
            .meetings td, .meetings th { padding: 3px 4px; }
            .meetings .address, .meetings .members { font-size: 8.5px; max-width: none; }
            .meetings thead th { font-size: 8px; overflow-wrap: anywhere; }
            .meetings .swatch { width: 8px; height: 8px; margin-right: 3px; }
            .meetings col.topic { width: 12%; } .meetings col.number { width: 3%; } .meetings col.dates { width: 9%; }
            .meetings col.time { width: 6%; } .meetings col.venue { width: 16%; } .meetings col.city { width: 7%; }
            .meetings col.deadline { width: 9%; } .meetings col.staff { width: 9%; } .meetings col.members { width: 16%; }
            .meetings col.travel { width: 6%; } .meetings col.cost { width: 7%; }
            .meetings thead { display: table-header-group; }
            .meetings tr { break-inside: avoid; }
        }

        """
}
