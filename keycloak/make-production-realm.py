#!/usr/bin/env python3
"""Derives the production realm (keycloak/production/realm-safereturn.json) from the demo realm:
the same roles, claims and SPA, without users, demo clients or secrets, and with the production
rules: a password policy, OTP for admins and supervisors, refresh-token rotation, no offline access
for the SPA, names and e-mail editable by admins only. Run it after changing the demo realm;
bin/test checks that the committed file is what it makes."""
import copy
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEMO_CLIENTS = {"blue-dragon-api", "world-vision-api", "safereturn-reports", "world-vision-reports", "safereturn-test"}


def production(demo):
    r = copy.deepcopy(demo)
    r["users"] = []
    r["clients"] = [c for c in r["clients"] if c["clientId"] not in DEMO_CLIENTS]
    for c in r["clients"]:
        c.pop("secret", None)  # Keycloak makes one on import; read it in the admin console
        c.get("attributes", {}).pop("demo", None)
        c["description"] = c.get("description", "").replace(" DEMO secret, demo realm only.", "")
        if c["clientId"] == "safereturn-spa":
            # Set the deployment's SPA origin here (or in the admin console) before importing.
            c["redirectUris"] = ["https://app.example.org/*"]
            c["webOrigins"] = ["+"]
            c["directAccessGrantsEnabled"] = False
            # No optional scopes, so no offline_access: a stolen browser session cannot outlive its SSO session.
            c["optionalClientScopes"] = []
    r["displayName"] = "SafeReturn"
    r["sslRequired"] = "all"
    r["passwordPolicy"] = ("length(12) and maxLength(128) and upperCase(1) and lowerCase(1) and digits(1) "
                           "and notUsername and notEmail and passwordHistory(5) and hashIterations(210000)")
    r["bruteForceProtected"] = True
    r["revokeRefreshToken"] = True
    r["refreshTokenMaxReuse"] = 0
    r["offlineSessionIdleTimeout"] = 0
    r["otpPolicyType"] = "totp"
    r["otpPolicyAlgorithm"] = "HmacSHA256"
    r["otpPolicyDigits"] = 6
    r["otpPolicyPeriod"] = 30
    # Admins and supervisors sign in with a second factor: both roles include otp-required, which
    # the browser flow's condition asks for.
    roles = r["roles"]["realm"]
    roles.append({"name": "otp-required", "description": "Signs in with a one-time code (OTP)", "composite": False, "clientRole": False})
    for role in roles:
        if role["name"] in ("admin", "supervisor"):
            role["composite"] = True
            role["composites"] = {"realm": ["otp-required"]}
    r["authenticationFlows"] = [
        {"alias": "browser with otp by role", "description": "Password, then a one-time code for admins and supervisors",
         "providerId": "basic-flow", "topLevel": True, "builtIn": False, "authenticationExecutions": [
             {"authenticator": "auth-cookie", "requirement": "ALTERNATIVE", "priority": 10, "autheticatorFlow": False, "userSetupAllowed": False},
             {"requirement": "ALTERNATIVE", "priority": 20, "flowAlias": "browser with otp by role forms", "autheticatorFlow": True, "userSetupAllowed": False}]},
        {"alias": "browser with otp by role forms", "description": "Username and password, then the code when the role asks for it",
         "providerId": "basic-flow", "topLevel": False, "builtIn": False, "authenticationExecutions": [
             {"authenticator": "auth-username-password-form", "requirement": "REQUIRED", "priority": 10, "autheticatorFlow": False, "userSetupAllowed": False},
             {"requirement": "CONDITIONAL", "priority": 20, "flowAlias": "browser with otp by role condition", "autheticatorFlow": True, "userSetupAllowed": False}]},
        {"alias": "browser with otp by role condition", "description": "A one-time code for the roles that require it",
         "providerId": "basic-flow", "topLevel": False, "builtIn": False, "authenticationExecutions": [
             {"authenticator": "conditional-user-role", "authenticatorConfig": "otp-required role", "requirement": "REQUIRED", "priority": 10,
              "autheticatorFlow": False, "userSetupAllowed": False},
             {"authenticator": "auth-otp-form", "requirement": "REQUIRED", "priority": 20, "autheticatorFlow": False, "userSetupAllowed": True}]},
    ]
    r["authenticatorConfig"] = [{"alias": "otp-required role", "config": {"condRole": "otp-required", "negate": "false"}}]
    r["browserFlow"] = "browser with otp by role"
    # Names and e-mail are the organization's record of its staff: only admins change them.
    for component in r.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", []):
        config = json.loads(component["config"]["kc.user.profile.config"][0])
        config["attributes"] = [a for a in config["attributes"] if a["name"] != "demo"]
        for a in config["attributes"]:
            if a["name"] in ("firstName", "lastName", "email", "username"):
                a["permissions"]["edit"] = ["admin"]
        component["config"]["kc.user.profile.config"] = [json.dumps(config, ensure_ascii=False)]
    return r


def main():
    demo = json.loads((HERE / "realm-safereturn.json").read_text(encoding="utf-8"))
    text = json.dumps(production(demo), ensure_ascii=False, indent=2) + "\n"
    target = HERE / "production" / "realm-safereturn.json"
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            sys.exit("keycloak/production/realm-safereturn.json is stale: run keycloak/make-production-realm.py")
        checks = json.loads(text)
        assert not checks["users"], "users in the production realm"
        assert not any("secret" in c for c in checks["clients"]), "a client secret in the production realm"
        assert not any(c["clientId"] in DEMO_CLIENTS for c in checks["clients"]), "a demo client in the production realm"
        assert "passwordPolicy" in checks and checks["revokeRefreshToken"], "password policy or refresh-token rotation missing"
        assert checks["browserFlow"] == "browser with otp by role"
        print("production realm: ok")
        return
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
