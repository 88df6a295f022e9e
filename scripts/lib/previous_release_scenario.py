#!/usr/bin/env python3
"""The writes and reads of scripts/previous-release-fixture.sh (read its header first); Python's standard library only.

For each database named on the command line this starts the given (previous release's) `klanten` binary on it, with
notifications on and the kla-002 subject check on loopback, sends the seeded scenario of writes (`scenario` below),
records the answer of every GET a client can make of the data that results, and stops the server. It writes one
JSON file with the recorded answers of every database (its form is described in ABOUT, which the file carries).

Usage: previous_release_scenario.py --binary BIN --clients-file F --out answers.json NAME=DATABASE_URL...
"""
import argparse
import http.client
import http.server
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

# The Host headers of the writes and reads: every GET is recorded under both (a klant's `url` follows the request's
# Host, its audit records keep the Host they were written with). HOST_C is a third Host, read for the klanten that
# were written through both A and B (for them both are "their" Host).
HOST_A = "klanten.gemeente.nl"
HOST_B = "kc.example.org:8443"
HOST_C = "localhost:8000"
READ_HOSTS = [HOST_A, HOST_B]

# The answer headers that matter to a client.
HEADERS = ["content-type", "etag", "api-version", "allow"]

# Tokens of the clients of the clients file (the ids and rights of tests/api/helpers.rs's CLIENTS), each with the
# user that goes into the audit trail.
WRITERS = {
    "alles": ("u1", "User One"),
    "aanmaker": ("bsmit", "Bärbel Smit 👩\u200d💼"),
    "bijwerker": ("j.de.vries@gemeente.nl", "J. de Vries"),
    "verwijderaar": ("", ""),
}

NP = "natuurlijk_persoon"
NNP = "niet_natuurlijk_persoon"
V = "vestiging"


def subject(n):
    """A subject URL on the stand-in subject server (filled in when the port is known)."""
    return {"$subject": n}


def scenario():
    """The klanten, each as a list of writes: (operation, body or None, options). Options: host (A or B, default
    A), who (a client of WRITERS; default per operation), toelichting, logrecord, ascii (send the body with
    non-ASCII characters as \\u escapes), raw (the body text as is)."""
    k = []
    # 1. every part of a natuurlijk persoon, then PATCH (other Host, other client), PUT and PATCH of the adres
    k.append([
        ("create", {
            "bronorganisatie": "950428139", "klantnummer": "1001", "bedrijfsnaam": "", "functie": "Directeur",
            "websiteUrl": "http://www.gemeente.nl/klanten?id=1", "voornaam": "Anna", "voorvoegselAchternaam": "van",
            "achternaam": "Dijk", "telefoonnummer": "0201234567", "emailadres": "anna@example.nl",
            "adres": {"straatnaam": "Keizersgracht", "huisnummer": 117, "huisletter": "A",
                      "huisnummertoevoeging": "bis", "postcode": "1017AB", "woonplaatsnaam": "Amsterdam",
                      "landcode": "6030"},
            "subjectType": NP,
            "subjectIdentificatie": {
                "inpBsn": "111222333", "anpIdentificatie": "A123", "inpA_nummer": "1234567890",
                "geslachtsnaam": "Dijk", "voorvoegselGeslachtsnaam": "van", "voorletters": "A.", "voornamen": "Anna",
                "geslachtsaanduiding": "v", "geboortedatum": "1980-01-31",
                "verblijfsadres": {"aoaIdentificatie": "0363200000123456", "wplWoonplaatsNaam": "Amsterdam",
                                   "gorOpenbareRuimteNaam": "Keizersgracht", "aoaPostcode": "1017AB",
                                   "aoaHuisnummer": 117, "aoaHuisletter": "A", "aoaHuisnummertoevoeging": "bis",
                                   "inpLocatiebeschrijving": "achterom"},
                "subVerblijfBuitenland": {"lndLandcode": "5010", "lndLandnaam": "België",
                                          "subAdresBuitenland1": "Grote Markt 1", "subAdresBuitenland2": "Brussel",
                                          "subAdresBuitenland3": ""}},
        }, {"toelichting": "Eerste contact aan de balie", "logrecord": "nlx-0001"}),
        ("patch", {"functie": "Wethouder"}, {"host": "B", "who": "bijwerker", "toelichting": "Nieuwe functie"}),
        ("put", {"bronorganisatie": "950428139", "klantnummer": "1001", "websiteUrl": "https://www.gemeente.nl/",
                 "voornaam": "Anna-Maria", "achternaam": "Dijk"}, {"logrecord": "nlx-0002"}),
        ("patch", {"adres": {"postcode": "1017AC", "huisnummer": 119}}, {"who": "bijwerker"}),
    ])
    # 2. identificatie only, no adres, a generated klantnummer
    k.append([("create", {"bronorganisatie": "950428139", "websiteUrl": "http://x.nl", "subjectType": NP,
                          "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Jansen"}}, {})])
    # 3. subject only, typed: its identificatie is null
    k.append([("create", {"bronorganisatie": "950428139", "klantnummer": "1003", "websiteUrl": "http://x.nl",
                          "subject": subject(3), "subjectType": NP}, {"who": "aanmaker"})])
    # 4. subject only, untyped: no identificatie key at all
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1004", "websiteUrl": "http://x.nl",
                    "subject": subject(4), "subjectType": None}, {"host": "B"}),
        ("patch", {"voornaam": "Piet"}, {"host": "B"}),
    ])
    # 5. a niet-natuurlijk persoon with adres and subVerblijfBuitenland, then PATCHes of its identificatie
    k.append([
        ("create", {
            "bronorganisatie": "123456782", "klantnummer": "2001", "bedrijfsnaam": "ACME B.V.",
            "websiteUrl": "https://acme.example.com", "telefoonnummer": "+31 20 123 45 67",
            "emailadres": "info@acme.example.com",
            "adres": {"straatnaam": "Damrak", "huisnummer": 1, "postcode": "1012LG", "woonplaatsnaam": "Amsterdam",
                      "landcode": "6030"},
            "subjectType": NNP,
            "subjectIdentificatie": {"innNnpId": "123456782", "annIdentificatie": "NNP-1", "statutaireNaam": "ACME",
                                     "innRechtsvorm": "besloten_vennootschap", "bezoekadres": "Damrak 1",
                                     "subVerblijfBuitenland": {"lndLandcode": "DE", "lndLandnaam": "Duitsland",
                                                               "subAdresBuitenland1": "Unter den Linden 1"}},
        }, {"who": "aanmaker", "toelichting": "KvK-inschrijving"}),
        ("patch", {"subjectIdentificatie": {"statutaireNaam": "ACME Holding"}}, {"who": "bijwerker"}),
        ("patch", {"subjectIdentificatie": {"subVerblijfBuitenland": {"lndLandcode": "FR",
                                                                      "lndLandnaam": "Frankrijk"}}}, {"host": "B"}),
    ])
    # 6. identificatie only; a PUT adds an adres
    k.append([
        ("create", {"bronorganisatie": "123456782", "klantnummer": "2002", "websiteUrl": "http://y.nl",
                    "subjectType": NNP,
                    "subjectIdentificatie": {"innNnpId": "111222333", "statutaireNaam": "Stichting Ⅻ"}},
         {"host": "B"}),
        ("put", {"bronorganisatie": "123456782", "klantnummer": "2002", "websiteUrl": "http://y.nl",
                 "adres": {"straatnaam": "Coolsingel", "huisnummer": 40, "postcode": "3011AD",
                           "woonplaatsnaam": "Rotterdam"}}, {"host": "B", "who": "bijwerker"}),
    ])
    # 7. a vestiging with a handelsnaam list and a verblijfsadres
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "3001", "websiteUrl": "http://bakker.nl",
                    "bedrijfsnaam": "Bakkerij De Gouden Aar", "subjectType": V,
                    "subjectIdentificatie": {"vestigingsNummer": "000012345678",
                                             "handelsnaam": ["Bakkerij De Gouden Aar", "De Aar"],
                                             "verblijfsadres": {"aoaIdentificatie": "0599200000001",
                                                                "wplWoonplaatsNaam": "Rotterdam",
                                                                "gorOpenbareRuimteNaam": "Meent",
                                                                "aoaPostcode": "3011JB",
                                                                "aoaHuisnummer": 8}}}, {}),
        ("patch", {"subjectIdentificatie": {"handelsnaam": ["De Aar"]}}, {"who": "bijwerker"}),
    ])
    # 8. a vestiging with an empty handelsnaam list
    k.append([("create", {"bronorganisatie": "950428139", "klantnummer": "3002", "websiteUrl": "http://x.nl",
                          "subjectType": V, "subjectIdentificatie": {"vestigingsNummer": "2", "handelsnaam": []}},
               {"host": "B", "who": "aanmaker"})])
    # 9. a vestiging whose handelsnaam holds numbers, emoji and a subVerblijfBuitenland
    k.append([("create", {"bronorganisatie": "950428139", "klantnummer": "3003", "websiteUrl": "http://x.nl",
                          "subjectType": V,
                          "subjectIdentificatie": {"vestigingsNummer": "3",
                                                   "handelsnaam": [5, 2.5, "Café ☕", "🍕 Pizza"],
                                                   "subVerblijfBuitenland": {"lndLandcode": "IT",
                                                                             "lndLandnaam": "Italië"}}}, {})])
    # 10. non-ASCII and emoji text, sent raw and sent as \u escapes
    k.append([("create", {"bronorganisatie": "950428139", "klantnummer": "1010", "websiteUrl": "http://x.nl",
                          "voornaam": "Zoë", "voorvoegselAchternaam": "van 't", "achternaam": "Ångström",
                          "functie": "Ontwerper 🎨", "adres": {"woonplaatsnaam": "'s-Hertogenbosch",
                                                              "straatnaam": "Straße", "postcode": "5211AA"},
                          "subjectType": NP,
                          "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Ångström",
                                                   "voornamen": "Zoë Éloïse"}}, {})])
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1011", "websiteUrl": "http://x.nl",
                    "voornaam": "Łukasz", "achternaam": "Żółć 😀", "subjectType": NP,
                    "subjectIdentificatie": {"inpBsn": "123456782", "geslachtsnaam": "Żółć"}}, {"ascii": True}),
        ("patch", {"functie": "Tolk 中文"}, {"ascii": True, "who": "bijwerker"}),
    ])
    # 12. U+2028 and U+2029 in texts (rendered as \u2028 escapes)
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1012", "websiteUrl": "http://x.nl",
                    "voornaam": "a\u2028b", "functie": "regel\u2029alinea", "subjectType": NP,
                    "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "x\u2028y"}}, {}),
        ("patch", {"achternaam": "\u2028"}, {"host": "B"}),
    ])
    # 13. numbers sent for text fields (and texts for numbers)
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": 1013, "websiteUrl": "http://x.nl",
                    "voornaam": 42, "telefoonnummer": 612345678, "functie": 1.5,
                    "adres": {"huisnummer": "12", "huisletter": 7, "postcode": 1234},
                    "subjectType": NP,
                    "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": 3, "geboortedatum": 19800131,
                                             "verblijfsadres": {"aoaIdentificatie": 99, "gorOpenbareRuimteNaam": 7,
                                                                "aoaHuisnummer": "5"}}}, {}),
        ("patch", {"achternaam": 10, "adres": {"huisnummer": 13.0}}, {"who": "bijwerker"}),
    ])
    # 14-19. generated klantnummers of another bronorganisatie, around an explicit one
    for i in range(6):
        body = {"bronorganisatie": "111222333", "websiteUrl": f"http://klant{i}.nl", "achternaam": f"Gegenereerd{i}"}
        if i == 3:
            body["klantnummer"] = "500"
        if i % 2 == 0:
            body["subjectType"] = NP
            body["subjectIdentificatie"] = {"inpBsn": "111222333", "geslachtsnaam": f"Gegenereerd{i}"}
        else:
            body["subject"] = subject(200 + i)
        k.append([("create", body, {"host": "A" if i % 3 else "B", "who": "aanmaker" if i % 2 else "alles"})])
    # 20-22. an adres added later by PATCH, an identificatie added by PATCH, a verblijfsadres added by PATCH
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1020", "websiteUrl": "http://x.nl",
                    "subjectType": NP, "subjectIdentificatie": {"inpBsn": "111222333"}}, {}),
        ("patch", {"adres": {"straatnaam": "Markt", "huisnummer": 1, "postcode": "1017AB",
                             "woonplaatsnaam": "Amsterdam"}}, {"host": "B"}),
    ])
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1021", "websiteUrl": "http://x.nl",
                    "subject": subject(21), "subjectType": NNP}, {}),
        ("patch", {"subjectIdentificatie": {"innNnpId": "950428139", "statutaireNaam": "Later"}}, {}),
    ])
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1022", "websiteUrl": "http://x.nl",
                    "subjectType": NP, "subjectIdentificatie": {"inpBsn": "950428139", "geslachtsnaam": "Verhuisd"}},
         {"host": "B"}),
        ("patch", {"subjectIdentificatie": {"verblijfsadres": {"aoaIdentificatie": "1", "wplWoonplaatsNaam": "Utrecht",
                                                               "gorOpenbareRuimteNaam": "Oudegracht",
                                                               "aoaHuisnummer": 1}}}, {"who": "bijwerker"}),
        ("patch", {"subjectIdentificatie": {"verblijfsadres": {"aoaIdentificatie": "2",
                                                               "gorOpenbareRuimteNaam": "Oudegracht",
                                                               "aoaHuisnummer": 2}}}, {"host": "B"}),
    ])
    # 23. a PUT that changes the klantnummer and the subject
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "1023", "websiteUrl": "http://x.nl",
                    "subject": subject(23), "subjectType": V}, {}),
        ("put", {"bronorganisatie": "950428139", "klantnummer": "1023b", "websiteUrl": "http://x.nl",
                 "subject": subject(230), "subjectType": V}, {"who": "bijwerker", "toelichting": "Omnummering"}),
    ])
    # 24. the longest texts the OAS allows
    k.append([("create", {"bronorganisatie": "950428139", "klantnummer": "12345678",
                          "websiteUrl": "http://x.nl/" + "p" * 180, "bedrijfsnaam": "B" * 200,
                          "voorvoegselAchternaam": "v" * 10, "telefoonnummer": "0" * 20,
                          "subject": subject(24)}, {"host": "B"})])
    # 25-28. klanten of several writes, deleted at the end (their reads are 404 now)
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "9001", "websiteUrl": "http://x.nl",
                    "adres": {"postcode": "1017AB"}, "subject": subject(9001)}, {}),
        ("patch", {"voornaam": "Weg"}, {}),
        ("delete", None, {"who": "verwijderaar", "toelichting": "Verzoek van klant"}),
    ])
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "9002", "websiteUrl": "http://x.nl",
                    "subjectType": NP, "subjectIdentificatie": {"inpBsn": "111222333"}}, {}),
        ("delete", None, {"host": "B"}),
    ])
    k.append([
        ("create", {"bronorganisatie": "123456782", "websiteUrl": "http://x.nl", "subjectType": V,
                    "subjectIdentificatie": {"vestigingsNummer": "9", "handelsnaam": ["Weg"]}}, {"host": "B"}),
        ("put", {"bronorganisatie": "123456782", "klantnummer": "9003", "websiteUrl": "http://x.nl"}, {}),
        ("delete", None, {"logrecord": "nlx-del"}),
    ])
    k.append([
        ("create", {"bronorganisatie": "950428139", "klantnummer": "9004", "websiteUrl": "http://x.nl",
                    "subject": subject(9004)}, {}),
        ("delete", None, {"who": "verwijderaar"}),
    ])
    # 29. a body with a U+2028 sent unescaped and an escaped emoji, as raw text
    k.append([("create", None, {"raw": '{"bronorganisatie":"950428139","klantnummer":"1029",'
                                       '"websiteUrl":"http://x.nl","voornaam":"r\u2028e","achternaam":"\\ud83d\\ude00",'
                                       '"subjectType":"vestiging","subjectIdentificatie":{"vestigingsNummer":"29",'
                                       '"handelsnaam":["\\u00e9t\\u00e9"]}}'})])
    # 30-45. plainer klanten to fill the list: both Hosts, every subject type, some with adres, some patched
    for i in range(16):
        typ = [NP, NNP, V, None][i % 4]
        body = {"bronorganisatie": "950428139", "klantnummer": f"2{i:03d}", "websiteUrl": f"http://k{i}.example.nl",
                "voornaam": f"Voornaam{i}", "achternaam": ["De Boer", "Bakker", "Visser", "Smit"][i % 4]}
        if i % 3 == 0:
            body["adres"] = {"straatnaam": "Dorpsstraat", "huisnummer": i + 1,
                             "postcode": ["1017AB", "3511AA", "9711AA"][i // 3 % 3], "woonplaatsnaam": "Utrecht"}
        body["subjectType"] = typ
        if typ == NP:
            body["subjectIdentificatie"] = {"inpBsn": ["111222333", "123456782"][i % 2],
                                            "geslachtsnaam": body["achternaam"]}
        elif typ == NNP:
            body["subjectIdentificatie"] = {"innNnpId": "123456782", "statutaireNaam": f"Vereniging {i}"}
        elif typ == V:
            body["subjectIdentificatie"] = {"vestigingsNummer": f"{i}", "handelsnaam": [f"Winkel {i}"]}
        else:
            body["subject"] = subject(100 + i)
        writes = [("create", body, {"host": "A" if i % 2 else "B", "who": "aanmaker" if i % 3 else "alles"})]
        if i % 4 == 1:
            writes.append(("patch", {"emailadres": f"k{i}@example.nl"}, {"host": "A" if i % 2 else "B"}))
        k.append(writes)
    return k


# The list reads: every filter kind once (plain, nested adres and identificatie, snake_case names, non-ASCII, two
# filters at once, a filter that matches nothing) and the pages beyond the last.
def list_queries(subject_url):
    q = urllib.parse.quote
    return [
        "",
        "?page=1",
        "?page=2",
        "?bronorganisatie=111222333",
        "?klantnummer=1001",
        "?adres__postcode=1017AB",
        "?adres__woonplaatsNaam=Amsterdam",
        "?adres__straatnaam=" + q("Straße"),
        "?subjectNatuurlijkPersoon__inpBsn=111222333",
        "?subjectNatuurlijkPersoon__inpBsn=123456782",
        "?subject_natuurlijk_persoon__inp_bsn=950428139",
        "?subjectNietNatuurlijkPersoon__innNnpId=111222333",
        "?subjectVestiging__vestigingsNummer=000012345678",
        "?subjectType=vestiging",
        "?achternaam=" + q("Ångström"),
        "?subject=" + q(subject_url(21), safe=""),
        "?bronorganisatie=950428139&adres__postcode=1017AB",
        "?achternaam=Niemand",
    ]


class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body)


def request(port, method, path, host, token, body=None, headers=None):
    """One request on a fresh connection; the answer's body as bytes decoded as UTF-8 (strict: the API writes
    UTF-8 only)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    h = {"Host": host, "Authorization": f"Bearer {token}", "Accept": "application/json"}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    conn.request(method, path, body=body, headers=h)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    got = {name: resp.getheader(name) for name in HEADERS}
    return Answer(resp.status, got, data.decode("utf-8"))


class StandIn(http.server.ThreadingHTTPServer):
    """A subject server (200 to every GET) or an NRC (201 to every POST), on a free loopback port."""

    def __init__(self, status):
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                with outer.lock:
                    outer.received += 1
                payload = b"{}"
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_HEAD = answer

            def log_message(self, *args):
                pass

        self.lock = threading.Lock()
        self.received = 0
        super().__init__(("127.0.0.1", 0), Handler)
        self.port = self.server_address[1]
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.shutdown()
        self.server_close()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def token(binary, clients_file, client):
    user_id, user_repr = WRITERS[client]
    out = subprocess.run([binary, "token", "--client", client, "--clients-file", clients_file, "--user-id", user_id,
                          "--user-representation", user_repr], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def fill_subjects(value, subject_url):
    if isinstance(value, dict):
        if set(value) == {"$subject"}:
            return subject_url(value["$subject"])
        return {k: fill_subjects(v, subject_url) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_subjects(v, subject_url) for v in value]
    return value


def run_database(name, database_url, args, subject_url, log_dir):
    """Starts the server on one database, writes the scenario, records the reads, stops the server."""
    nrc = StandIn(201)
    port = free_port()
    # nothing of the caller's configuration: only what is set here
    env = {k: v for k, v in os.environ.items() if not k.startswith("KLANTEN_") and k != "DATABASE_URL"}
    env.update({
        "KLANTEN_BIND": f"127.0.0.1:{port}",
        "DATABASE_URL": database_url,
        "KLANTEN_CLIENTS_FILE": args.clients_file,
        "KLANTEN_SUBJECT_ALLOW_LOOPBACK": "true",
        "KLANTEN_NOTIFICATIES_API": f"http://127.0.0.1:{nrc.port}/api/v1",
        "KLANTEN_NOTIFICATIES_CLIENT_ID": "klanten-fixture",
        "KLANTEN_NOTIFICATIES_SECRET": "fixture-secret",
        # one failed attempt, then an hour's wait: the rows after the NRC went away stay pending, deterministically
        "KLANTEN_NOTIFICATIES_RETRY_BASE_MS": "3600000",
        "KLANTEN_LOG": "warn",
    })
    log = open(os.path.join(log_dir, f"server-{name}.log"), "w")
    server = subprocess.Popen([args.binary, "serve"], env=env, stdout=log, stderr=log)
    try:
        for _ in range(300):
            try:
                if request(port, "GET", "/api/v1/openapi.json", "localhost", "x").status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                sys.exit(f"{name}: the server stopped at start-up (see {log.name})")
            time.sleep(0.1)
        else:
            sys.exit(f"{name}: the server did not listen within 30 s")
        tokens = {c: token(args.binary, args.clients_file, c) for c in WRITERS}
        klanten = write_scenario(name, port, tokens, subject_url, nrc)
        answers = record_reads(port, tokens["alles"], klanten, subject_url)
        return klanten, answers
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        nrc.stop()


def write_scenario(name, port, tokens, subject_url, nrc):
    """Sends the writes, in rounds (the first write of every klant, then the second of each, ...), so that the
    klanten's writes interleave as a live registry's do. Halfway through, the NRC goes away: the notifications of
    the writes after that stay pending in the outbox. Returns, per klant, its uuid, the Hosts it was written
    through and whether it was deleted."""
    plan = scenario()
    klanten = [{"uuid": None, "hosts": set(), "deleted": False} for _ in plan]
    rounds = max(len(w) for w in plan)
    writes = sum(len(w) for w in plan)
    sent = 0
    nrc_up = True
    for r in range(rounds):
        for i, ops in enumerate(plan):
            if r >= len(ops):
                continue
            op, body, opts = ops[r]
            host = {"A": HOST_A, "B": HOST_B}[opts.get("host", "A")]
            who = opts.get("who") or "alles"
            headers = {}
            if "toelichting" in opts:
                headers["X-Audit-Toelichting"] = opts["toelichting"]
            if "logrecord" in opts:
                headers["X-NLX-Logrecord-ID"] = opts["logrecord"]
            if "raw" in opts:
                text = opts["raw"]
            elif body is not None:
                text = json.dumps(fill_subjects(body, subject_url), ensure_ascii=opts.get("ascii", False))
            else:
                text = None
            data = text.encode("utf-8") if text is not None else None
            if op == "create":
                got = request(port, "POST", "/api/v1/klanten", host, tokens[who], data, headers)
                expected = 201
            else:
                path = f"/api/v1/klanten/{klanten[i]['uuid']}"
                method = {"patch": "PATCH", "put": "PUT", "delete": "DELETE"}[op]
                got = request(port, method, path, host, tokens[who], data, headers)
                expected = 204 if op == "delete" else 200
            if got.status != expected:
                sys.exit(f"{name}: write {r + 1} of klant {i + 1} ({op}) answered {got.status}: {got.body}")
            if op == "create":
                klanten[i]["uuid"] = got.json()["url"].rsplit("/", 1)[1]
            klanten[i]["hosts"].add(host)
            klanten[i]["deleted"] = op == "delete"
            sent += 1
            if nrc_up and sent >= writes // 2:
                # every notification so far delivered, then the NRC goes away
                deadline = time.time() + 30
                while nrc.received < sent and time.time() < deadline:
                    time.sleep(0.05)
                if nrc.received < sent:
                    sys.exit(f"{name}: the NRC stand-in got {nrc.received} of {sent} notifications")
                nrc.stop()
                nrc_up = False
    print(f"{name}: {len(plan)} klanten, {writes} writes ({sent} sent, {nrc.received} notifications delivered)",
          file=sys.stderr)
    return klanten


def record_reads(port, reader, klanten, subject_url):
    """Every GET a client can make of the data: each klant (and a conditional GET of a few), each list page and
    filter, each klant's audit trail and each of its records; under both Hosts (and a third for the klanten written
    through both)."""
    answers = []

    def get(path, host, headers=None):
        got = request(port, "GET", path, host, reader, headers=headers)
        entry = {"method": "GET", "path": path, "host": host}
        if headers:
            entry["request_headers"] = headers
        entry.update({"status": got.status, "headers": got.headers, "body": got.body})
        answers.append(entry)
        return got

    for host in READ_HOSTS:
        for query in list_queries(subject_url):
            get("/api/v1/klanten" + query, host)
    for n, klant in enumerate(klanten):
        hosts = list(READ_HOSTS) + ([HOST_C] if len(klant["hosts"]) > 1 else [])
        path = f"/api/v1/klanten/{klant['uuid']}"
        for host in hosts:
            got = get(path, host)
            if n < 3 and got.headers["etag"]:
                get(path, host, {"If-None-Match": got.headers["etag"]})
            trail = get(path + "/audittrail", host)
            if trail.status == 200:
                for record in trail.json():
                    get(f"{path}/audittrail/{record['uuid']}", host)
        if klant["deleted"]:
            # a deleted klant's audit records went with it: any record of it is a 404
            get(f"{path}/audittrail/00000000-0000-4000-8000-000000000000", READ_HOSTS[0])
    return answers


PROBLEM_INSTANCE = re.compile(r'"instance":"urn:uuid:[0-9a-f-]{36}"')


def masked(answer):
    """An answer with the one random part of a problem body, its `instance`, left out: each problem answer gets
    a new one."""
    out = dict(answer)
    out["body"] = PROBLEM_INSTANCE.sub('"instance":"urn:uuid:…"', answer["body"])
    return out


UNIT = re.compile(r"^/api/v1/klanten/[0-9a-f-]{36}(/audittrail/[0-9a-f-]{36})?$")


def compacted(answers):
    """The answers as answers.json keeps them. The body of one klant or one audit record (a unit) is kept as text
    (`body`) where it first occurs; any other body that is the same text, or that is made of units and text (a
    list page, an audit trail), is kept as `body_parts`: a list of texts and answer numbers (indexes into the
    answers, each standing for that answer's body), which joined give the body. Every joined body is checked here
    against the body as received."""
    first_unit = {}
    for i, a in enumerate(answers):
        if a["status"] == 200 and UNIT.match(a["path"]):
            first_unit.setdefault(a["body"], i)
    # units by the start of their text: a klant's starts with its url, a record's with its uuid
    starts = {}
    for text, i in first_unit.items():
        starts.setdefault(text[:60], []).append((text, i))
    out = []
    for i, a in enumerate(answers):
        a = dict(a)
        body = a.pop("body")
        if first_unit.get(body) == i or not body:
            a["body"] = body
        elif body in first_unit:
            a["body_parts"] = [first_unit[body]]
        else:
            parts, literal, pos = [], "", 0
            while pos < len(body):
                unit = next((u for u in starts.get(body[pos:pos + 60], []) if body.startswith(u[0], pos)), None)
                if unit:
                    if literal:
                        parts.append(literal)
                        literal = ""
                    parts.append(unit[1])
                    pos += len(unit[0])
                else:
                    literal += body[pos]
                    pos += 1
            if literal:
                parts.append(literal)
            if any(isinstance(p, int) for p in parts):
                a["body_parts"] = parts
            else:
                a["body"] = body
        out.append(a)
    for a, original in zip(out, answers):
        assert joined(out, a) == original["body"], original["path"]
    return out


def joined(answers, answer):
    """The body an answer of answers.json stands for (see compacted)."""
    if "body" in answer:
        return answer["body"]
    return "".join(p if isinstance(p, str) else joined(answers, answers[p]) for p in answer["body_parts"])


def server_made(klanten, answers):
    """The values the server made up (in order of appearance): the klanten's uuids, their audit records' uuids and
    timestamps, and the ETags."""
    values = [k["uuid"] for k in klanten]
    for a in answers:
        if a["path"].endswith("/audittrail") and a["status"] == 200:
            for record in json.loads(a["body"]):
                values += [record["uuid"], record["aanmaakdatum"]]
        if a["headers"]["etag"]:
            values.append(a["headers"]["etag"])
    return values


def replacement(first, other):
    """How the answers of database `other` follow from those of database `first`: one text for another, each value
    the server made up (see server_made). None when they do not follow so (then answers.json keeps them in full)."""
    (klanten0, answers0), (klanten1, answers1) = first, other
    if len(answers0) != len(answers1):
        return None, f"{len(answers0)} answers against {len(answers1)}"
    values0, values1 = server_made(klanten0, answers0), server_made(klanten1, answers1)
    if len(values0) != len(values1):
        return None, "not as many made-up values"
    mapping = {}
    for a, b in zip(values0, values1):
        if mapping.setdefault(a, b) != b:
            return None, f"{a} stands for both {mapping[a]} and {b}"
    answers = apply_replacement(answers0, mapping)
    for i, (a, b) in enumerate(zip(answers, answers1)):
        if masked(a) != masked(b):
            return None, f"answer {i} ({b['method']} {b['path']} Host {b['host']}) differs:\n{a}\n{b}"
    return mapping, None


def apply_replacement(answers, mapping):
    """Every text of every answer with each key of `mapping` replaced by its value, in one pass."""
    if not mapping:
        return answers
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))

    def fix(v):
        if isinstance(v, str):
            return pattern.sub(lambda m: mapping[m.group(0)], v)
        if isinstance(v, dict):
            return {k: fix(x) for k, x in v.items()}
        if isinstance(v, list):
            return [fix(x) for x in v]
        return v

    return [fix(a) for a in answers]


ABOUT = (
    "The answers of the previous release (klanten at commit 8bdbf7d) to every GET of the data it wrote into "
    "klanten.sqlite3 (database sqlite) and postgres.sql (database postgres), made by "
    "scripts/previous-release-fixture.sh and replayed against the current server by tests/api/previous_release.rs. "
    "`answers`: the answers of the first database, in order; per answer the request (method, path, host, "
    "request_headers) and the answer (status, the headers that matter, and the body as received: `body`, its text, "
    "or `body_parts`, texts and answer numbers (indexes into the same list, each standing for that answer's body) "
    "that joined give the text). Per database, `replace`: the values its server made up (uuids, audit timestamps, "
    "ETags) in place of the first database's, as one text for another in every field of every answer; or `answers` "
    "of its own when its answers do not follow so. A problem body's `instance` is random in every answer and not "
    "compared."
)


def answers_document(runs):
    names = list(runs)
    first = runs[names[0]]
    databases = {names[0]: {"replace": {}}}
    for name in names[1:]:
        mapping, why = replacement(first, runs[name])
        if mapping is None:
            print(f"{name}: its answers are kept in full: {why}", file=sys.stderr)
            databases[name] = {"answers": compacted(runs[name][1])}
        else:
            databases[name] = {"replace": mapping}
    return {"about": ABOUT, "answers": compacted(first[1]), "databases": databases}


def write_document(document, path):
    """JSON with one answer (and one replacement) per line, so that a diff of two fixtures reads."""
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    lines = ["{", f' "about": {dump(document["about"])},', ' "answers": [']
    lines += [f"  {dump(a)}," for a in document["answers"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += [" ],", ' "databases": {']
    for n, (name, db) in enumerate(document["databases"].items()):
        (key, value), = db.items()
        lines.append(f"  {dump(name)}: {{{dump(key)}: " + ("{" if key == "replace" else "["))
        items = [f"   {dump(k)}: {dump(v)}," for k, v in value.items()] if key == "replace" else \
            [f"   {dump(a)}," for a in value]
        if items:
            items[-1] = items[-1].rstrip(",")
        lines += items
        last = n == len(document["databases"]) - 1
        lines.append("  " + ("}" if key == "replace" else "]") + "}" + ("" if last else ","))
    lines += [" }", "}"]
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == document
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--clients-file", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--log-dir", default=".")
    parser.add_argument("databases", nargs="+", metavar="NAME=DATABASE_URL")
    args = parser.parse_args()
    subjects = StandIn(200)
    try:
        def subject_url(n):
            return f"http://localhost:{subjects.port}/api/v1/personen/{n}"

        runs = {}
        for spec in args.databases:
            name, url = spec.split("=", 1)
            runs[name] = run_database(name, url, args, subject_url, args.log_dir)
    finally:
        subjects.stop()
    write_document(answers_document(runs), args.out)


if __name__ == "__main__":
    main()
