import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(FoundationXML)
import FoundationXML
#endif
import Treffpunkt

/// A minimal CalDAV client for one calendar collection (RFC 4791): list its resources with their
/// ETags, read them, and write or delete one with `If-Match`/`If-None-Match`, so that an edit made
/// on the server meanwhile is never overwritten silently.
final class CalDAVClient {
    /// Why talking to the server failed, in a sentence; the command ends with exit 2.
    struct Failure: Error {
        var message: String
    }

    /// The outcome of one request.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
    }

    let collection: URL
    private let authorization: String?
    private let session: URLSession

    init(collection: URL, user: String?, password: String?) {
        self.collection = collection.absoluteString.hasSuffix("/") ? collection : collection.appendingPathComponent("")
        authorization = user.map { "Basic " + Data("\($0):\(password ?? "")".utf8).base64EncodedString() }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: RefusingChallenges(), delegateQueue: nil)
    }

    /// Every `.ics` resource of the collection with its ETag and text, after checking that the URL
    /// is a calendar collection the login may read.
    func resources() throws(Failure) -> [CalendarPublication.Resource] {
        let query = Data("""
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>
            """.utf8)
        let response = try send("PROPFIND", collection, headers: ["Depth": "1", "Content-Type": "application/xml; charset=utf-8"],
                                body: query)
        guard response.status == 207 else {
            throw Failure(message: "PROPFIND answered \(response.status); this is not a CalDAV collection")
        }
        let entries = MultiStatus.parse(response.body)
        let ownPath = collection.path.hasSuffix("/") ? collection.path : collection.path + "/"
        func path(_ href: String) -> String { URL(string: href, relativeTo: collection)?.absoluteURL.path ?? href }
        guard let own = entries.first(where: { path($0.href) == ownPath || path($0.href) + "/" == ownPath }) else {
            throw Failure(message: "the server's answer does not describe the collection itself; this is not a CalDAV collection")
        }
        guard own.isCalendar else {
            throw Failure(message: "this is a WebDAV folder but not a CalDAV calendar collection")
        }
        var found: [CalendarPublication.Resource] = []
        for entry in entries where entry.href != own.href && path(entry.href).hasSuffix(".ics") {
            guard let url = URL(string: entry.href, relativeTo: collection)?.absoluteURL else { continue }
            let read = try send("GET", url, headers: [:], body: nil)
            guard read.status == 200 else { continue }
            found.append(CalendarPublication.Resource(href: entry.href, etag: read.headers["etag"] ?? entry.etag,
                                                      text: String(decoding: read.body, as: UTF8.self)))
        }
        return found
    }

    /// The URL of a resource: an href from the server, or a file name for a new one.
    func url(of target: String) -> URL {
        URL(string: target, relativeTo: collection)?.absoluteURL ?? collection.appendingPathComponent(target)
    }

    /// One request; a status the caller must judge is returned, a failed login or connection thrown.
    func send(_ method: String, _ url: URL, headers: [String: String], body: Data?) throws(Failure) -> Response {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.data = data
            box.response = response as? HTTPURLResponse
            box.error = error
            done.signal()
        }.resume()
        done.wait()
        if let error = box.error as? URLError, error.code == .cancelled || error.code == .userAuthenticationRequired {
            // A 401 whose challenge `RefusingChallenges` turned down.
            throw Failure(message: "the server refused the login (401); check --user and the password")
        }
        if let error = box.error { throw Failure(message: Self.describe(error)) }
        guard let http = box.response else { throw Failure(message: "the server sent no HTTP answer") }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        switch http.statusCode {
        case 401: throw Failure(message: "the server refused the login (401); check --user and the password")
        case 403: throw Failure(message: "the login may not \(method == "PROPFIND" || method == "GET" ? "read" : "write") \(url.path) (403)")
        case 404 where method == "PROPFIND": throw Failure(message: "there is no collection at this URL (404)")
        default: return Response(status: http.statusCode, headers: fields, body: box.data ?? Data())
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let url = error as? URLError else { return "the request failed: \(error.localizedDescription)" }
        switch url.code {
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
            return "the TLS connection failed (\(url.localizedDescription)); check the server's certificate"
        case .cannotConnectToHost, .cannotFindHost, .timedOut, .networkConnectionLost, .notConnectedToInternet, .dnsLookupFailed:
            return "the server cannot be reached (\(url.localizedDescription))"
        default:
            return "the request failed: \(url.localizedDescription)"
        }
    }
}

/// Turns down every authentication challenge: the Basic credentials go with each request, so a
/// challenge means they were refused (and FoundationNetworking's default handling of one can hang).
private final class RefusingChallenges: NSObject, URLSessionTaskDelegate {
    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        completionHandler(.cancelAuthenticationChallenge, nil)
    }
}

/// Where a request's completion leaves its result for the waiting caller.
private final class ResponseBox: @unchecked Sendable {
    var data: Data?
    var response: HTTPURLResponse?
    var error: (any Error)?
}

/// The entries of a WebDAV multistatus answer (RFC 4918): href, ETag and whether it is a calendar.
struct MultiStatus {
    struct Entry {
        var href = ""
        var etag: String?
        var isCalendar = false
    }

    static func parse(_ data: Data) -> [Entry] {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.entries
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var entries: [Entry] = []
        private var current: Entry?
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            text = ""
            if name == "response" { current = Entry() }
            if name == "calendar", namespaceURI == "urn:ietf:params:xml:ns:caldav" { current?.isCalendar = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch name {
            case "href" where current?.href.isEmpty == true: current?.href = value
            case "getetag": current?.etag = value.isEmpty ? nil : value
            case "response":
                if let current { entries.append(current) }
                current = nil
            default: break
            }
            text = ""
        }
    }
}
