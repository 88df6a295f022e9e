"""The five changes to openapi.yaml of `scripts/spec-change-check.sh`, and the checks that each is carried end to end
by a server built from the changed file on a database the unchanged build filled.

    python3 spec_change.py edit OPENAPI_YAML          applies the changes (text edits, so the file keeps its form)
    python3 spec_change.py fill BASE_URL TOKEN FILE   before: writes klanten through the unchanged server, notes them
    python3 spec_change.py check BASE_URL TOKEN FILE  after: checks the changed server (exit 1 with what failed)

The changes (README, "Changing openapi.yaml"):
  a. an optional property on Klant: voorkeurstaal, string, maxLength 3 (after emailadres);
  b. an optional property on KlantAdres: gemeentecode, string, maxLength 4 (after landcode);
  c. a changed constraint: Klant.functie maxLength 200 -> 10;
  d. a new query parameter of GET /klanten for an existing field: voornaam;
  e. a property removed: Klant.voorvoegselAchternaam.
"""
import json
import re
import sys
import urllib.error
import urllib.request


def edit(path):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")

    def block(start_pattern, indent, after=0):
        """The index of the line matching `start_pattern` at `indent` spaces (from `after`), and the index after
        its block (the next line at that indent or less)."""
        for i in range(after, len(lines)):
            if lines[i] == " " * indent + start_pattern:
                j = i + 1
                while j < len(lines) and (
                    lines[j].strip() == ""
                    or len(lines[j]) - len(lines[j].lstrip()) > indent
                    or lines[j].startswith(" " * indent + "- ")  # the items of a list at the key's own indent
                ):
                    j += 1
                return i, j
        raise SystemExit(f"spec_change.py: openapi.yaml has no `{start_pattern}` at indent {indent} after line {after}")

    schemas, _ = block("schemas:", 2)
    klant, klant_end = block("Klant:", 4, schemas)
    props, _ = block("properties:", 6, klant)
    # e. voorvoegselAchternaam removed
    s, e = block("voorvoegselAchternaam:", 8, props)
    del lines[s:e]
    # c. functie maxLength 200 -> 10
    s, e = block("functie:", 8, props)
    for i in range(s, e):
        if lines[i].strip() == "maxLength: 200":
            lines[i] = lines[i].replace("200", "10")
            break
    else:
        raise SystemExit("spec_change.py: Klant.functie has no maxLength 200")
    # a. voorkeurstaal after emailadres
    s, e = block("emailadres:", 8, props)
    lines[e:e] = [
        "        voorkeurstaal:",
        "          title: Voorkeurstaal",
        "          description: De taal waarin de klant bij voorkeur wordt aangesproken (ISO 639-2, bijvoorbeeld nld).",
        "          type: string",
        "          maxLength: 3",
    ]
    # b. gemeentecode after landcode, in KlantAdres
    adres, _ = block("KlantAdres:", 4, schemas)
    aprops, _ = block("properties:", 6, adres)
    s, e = block("landcode:", 8, aprops)
    lines[e:e] = [
        "        gemeentecode:",
        "          title: Gemeentecode",
        "          description: De code van de gemeente (CBS).",
        "          type: string",
        "          maxLength: 4",
    ]
    # d. the query parameter voornaam, after functie, in GET /klanten
    paths, _ = block("paths:", 0)
    klanten, _ = block("/klanten:", 2, paths)
    get, _ = block("get:", 4, klanten)
    params, params_end = block("parameters:", 6, get)
    for i in range(params, params_end):
        if lines[i] == "      - name: functie":
            j = i + 1
            while j < params_end and not lines[j].startswith("      - "):
                j += 1
            functie = lines[i:j]
            lines[j:j] = [l.replace("functie", "voornaam").replace("Functie", "Voornaam") for l in functie]
            break
    else:
        raise SystemExit("spec_change.py: GET /klanten has no parameter functie")
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def request(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def klant(nummer, **extra):
    body = {
        "bronorganisatie": "950428139",
        "klantnummer": nummer,
        "websiteUrl": "http://voorbeeld.example.com",
        "subjectType": "natuurlijk_persoon",
        "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Jansen"},
    }
    body.update(extra)
    return body


def fill(base, token, out):
    made = {}
    for name, body in [
        ("met_adres", klant("1", functie="F" * 150, voornaam="Uniek", voorvoegselAchternaam="van",
                            adres={"straatnaam": "Keizersgracht", "huisnummer": 117})),
        ("zonder_adres", klant("2", voorvoegselAchternaam="de")),
    ]:
        status, text = request(base, token, "POST", "/api/v1/klanten", body)
        if status != 201:
            raise SystemExit(f"fill: {name}: {status} {text}")
        made[name] = json.loads(text)["url"].split("/klanten/")[1]
    json.dump(made, open(out, "w"))


failures = []


def expect(cond, what):
    print(("ok    " if cond else "FAIL  ") + what)
    if not cond:
        failures.append(what)


def keys(text):
    """The keys of a JSON object, in order (json.loads keeps it)."""
    return list(json.loads(text).keys())


def check(base, token, made_file):
    made = json.load(open(made_file))
    uuid = made["met_adres"]
    path = f"/api/v1/klanten/{uuid}"
    status, text = request(base, token, "GET", path)
    k = json.loads(text)
    expect(status == 200, f"a klant stored before answers ({status})")
    order = keys(text)
    expect("voorkeurstaal" in k and k["voorkeurstaal"] == "", "a: a klant stored before answers \"voorkeurstaal\": \"\"")
    expect(order.index("voorkeurstaal") == order.index("emailadres") + 1 if "voorkeurstaal" in order else False,
           "a: voorkeurstaal right after emailadres (the OAS order)")
    expect(k.get("adres", {}).get("gemeentecode") == "", "b: its adres answers \"gemeentecode\": \"\"")
    expect(list(k["adres"].keys())[-1] == "gemeentecode", "b: gemeentecode last in adres (the OAS order)")
    expect("voorvoegselAchternaam" not in text, "e: voorvoegselAchternaam is gone from a klant stored before")
    expect(k["functie"] == "F" * 150, "c: a functie stored before is answered as it is")
    other = json.loads(request(base, token, "GET", f"/api/v1/klanten/{made['zonder_adres']}")[1])
    expect(other.get("adres") is None and other.get("voorkeurstaal") == "", "a/b: a klant without adres: null, \"\"")

    status, text = request(base, token, "POST", "/api/v1/klanten", klant("3", voorkeurstaal="toolong"))
    params = json.loads(text).get("invalidParams", []) if status == 400 else []
    expect(status == 400 and {"name": "voorkeurstaal", "code": "max_length",
                              "reason": "Zorg ervoor dat dit veld niet meer dan 3 karakters bevat."} in params,
           f"a: voorkeurstaal longer than 3 is max_length with the reference's message ({status} {text[:200]})")
    status, text = request(base, token, "POST", "/api/v1/klanten", klant("4", functie="elf tekens!"))
    params = json.loads(text).get("invalidParams", []) if status == 400 else []
    expect(status == 400 and any(p["name"] == "functie" and p["code"] == "max_length"
                                 and p["reason"] == "Zorg ervoor dat dit veld niet meer dan 10 karakters bevat."
                                 for p in params), f"c: functie longer than 10 is max_length ({status})")
    status, text = request(base, token, "POST", "/api/v1/klanten",
                           klant("5", voorkeurstaal="nld", voorvoegselAchternaam="ter",
                                 adres={"straatnaam": "Dam", "gemeentecode": "0363"}))
    expect(status == 201, f"a/b: a create with voorkeurstaal and gemeentecode is 201 ({status} {text[:200]})")
    if status == 201:
        new = json.loads(text)
        expect(new.get("voorkeurstaal") == "nld" and new["adres"].get("gemeentecode") == "0363",
               "a/b: the create answers both")
        expect("voorvoegselAchternaam" not in text, "e: voorvoegselAchternaam sent is ignored, not answered")
        new_path = "/api/v1/klanten/" + new["url"].split("/klanten/")[1]
        status, read = request(base, token, "GET", new_path)
        expect(read == text, "a/b: GET answers what the create answered")
        status, trail = request(base, token, "GET", new_path + "/audittrail")
        nieuw = json.loads(trail)[0]["wijzigingen"]["nieuw"] if status == 200 else {}
        expect(nieuw.get("voorkeurstaal") == "nld" and nieuw.get("adres", {}).get("gemeentecode") == "0363",
               "a/b: the audit trail's nieuw has both")
        status, page = request(base, token, "GET", "/api/v1/klanten?klantnummer=5")
        results = json.loads(page).get("results", []) if status == 200 else []
        expect(len(results) == 1 and results[0].get("voorkeurstaal") == "nld", "a: the list answers it")
    status, text = request(base, token, "POST", "/api/v1/klanten", klant("6", adres={"gemeentecode": "12345"}))
    expect(status == 400 and '"adres.gemeentecode"' in text, f"b: gemeentecode longer than 4 is refused ({status})")
    status, text = request(base, token, "PATCH", path, {"voorkeurstaal": "eng", "functie": "kort"})
    expect(status == 200 and json.loads(text).get("voorkeurstaal") == "eng", f"a: PATCH of a klant stored before ({status})")
    status, text = request(base, token, "GET", "/api/v1/klanten?voornaam=Uniek")
    expect(status == 200 and json.loads(text)["count"] == 1, f"d: ?voornaam finds the klant stored before ({text[:100]})")
    status, text = request(base, token, "GET", "/api/v1/klanten?voornaam=Niemand")
    expect(status == 200 and json.loads(text)["count"] == 0, "d: ?voornaam filters")
    status, text = request(base, token, "GET", "/api/v1/klanten")
    expect(status == 200 and "voorvoegselAchternaam" not in text, "e: no list answer has voorvoegselAchternaam")
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)


if __name__ == "__main__":
    {"edit": lambda: edit(sys.argv[2]), "fill": lambda: fill(*sys.argv[2:5]), "check": lambda: check(*sys.argv[2:5])}[
        sys.argv[1]]()
