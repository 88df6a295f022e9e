"""A real ZGW client against a running server: gemma-zds-client, configured with the API root, a client id and a
secret, fetches the OAS document from the ZGW location (`{api_root}schema/openapi.yaml`) and then does every
operation of the Klanten API, checking each answer. Prints one line per operation and exits 1 when any failed.

Usage: python zgw_client_check.py API_ROOT CLIENT_ID SECRET   (scripts/zgw-client-check.sh runs it)
"""
import sys
import traceback

from zds_client import Client, ClientAuth

api_root, client_id, secret = sys.argv[1:4]
# The location ZGW consumers give gemma-zds-client for every ZGW API (the client's own default, "", is the API
# root itself, which no ZGW API serves as a schema).
client = Client(api_root, oas_location="schema/openapi.yaml",
                auth=ClientAuth(client_id=client_id, secret=secret, user_id="zgw-check",
                                user_representation="ZGW client check"))

results = []
state = {}


def step(name):
    def run(f):
        try:
            f()
            results.append((name, True, ""))
        except Exception as e:  # every failure is reported, the next steps still run where they can
            results.append((name, False, f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=2)}"))
        return f
    return run


@step("schema fetched from {API root}schema/openapi.yaml")
def _():
    schema = client.schema
    assert schema["openapi"].startswith("3.0"), schema.get("openapi")
    assert schema["info"]["title"] == "Klanten API", schema["info"]


@step("klant_create")
def _():
    k = client.create("klant", {
        "bronorganisatie": "950428139",
        "websiteUrl": "http://www.example.nl",
        "voornaam": "Zoë",
        "achternaam": "Client-Check",
        "emailadres": "zgw@example.nl",
        "subjectType": "natuurlijk_persoon",
        "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Client-Check"},
    })
    assert k["url"].startswith(api_root), k
    assert k["voornaam"] == "Zoë" and k["klantnummer"], k
    assert k["subjectIdentificatie"]["inpBsn"] == "111222333", k
    state["klant"] = k
    state["uuid"] = k["url"].rstrip("/").rsplit("/", 1)[1]


@step("klant_read")
def _():
    k = client.retrieve("klant", url=state["klant"]["url"])
    assert k == state["klant"], (k, state["klant"])


@step("klant_list (filtered on achternaam)")
def _():
    page = client.list("klant", params={"achternaam": "Client-Check"})
    assert page["count"] == 1, page
    assert page["results"][0]["url"] == state["klant"]["url"], page
    none = client.list("klant", params={"achternaam": "Nobody"})
    assert none["count"] == 0 and none["results"] == [], none


@step("klant_update")
def _():
    body = dict(state["klant"], voornaam="Zoë Bijgewerkt")
    body.pop("url")
    k = client.update("klant", body, url=state["klant"]["url"])
    assert k["voornaam"] == "Zoë Bijgewerkt" and k["klantnummer"] == state["klant"]["klantnummer"], k


@step("klant_partial_update")
def _():
    k = client.partial_update("klant", {"telefoonnummer": "0201234567"}, url=state["klant"]["url"])
    assert k["telefoonnummer"] == "0201234567" and k["voornaam"] == "Zoë Bijgewerkt", k


@step("audittrail_list")
def _():
    trail = client.list("audittrail", klant_uuid=state["uuid"])
    assert [t["actie"] for t in trail] == ["create", "update", "partial_update"], trail
    assert trail[2]["wijzigingen"]["nieuw"]["telefoonnummer"] == "0201234567", trail[2]
    state["trail"] = trail


@step("audittrail_read")
def _():
    first = state["trail"][0]
    t = client.retrieve("audittrail", klant_uuid=state["uuid"], uuid=first["uuid"])
    assert t == first, (t, first)


@step("klant_delete")
def _():
    client.delete("klant", url=state["klant"]["url"])
    try:
        client.retrieve("klant", url=state["klant"]["url"])
    except Exception as e:  # ClientError carries the 404 problem body
        assert "Niet gevonden" in str(e) or "not_found" in str(e), e
    else:
        raise AssertionError("the klant is still there after the delete")


width = max(len(n) for n, _, _ in results)
for name, ok, why in results:
    print(f"{'PASS' if ok else 'FAIL'}  {name.ljust(width)}{'' if ok else '  ' + why}")
passed = sum(ok for _, ok, _ in results)
print(f"gemma-zds-client: {passed} of {len(results)} passed")
sys.exit(0 if passed == len(results) else 1)
