"""The ZITADEL sandbox's seeded history: people signing in, failing checks, being locked out.

What one push holds follows ZITADEL's commands (``specs/zitadel/SOURCES.md``, "Authentication
failures in the event store"): a failed check that reaches the lockout policy's limit is pushed
together with ``user.locked``; a locked user's password checks fail without an event; checks made
through the session API carry no AuthRequestInfo (no payload). The mix, names and payload values
are made up.
"""

from __future__ import annotations

import random
from typing import Any

__all__ = ["LOCKOUT_ATTEMPTS", "History", "PushedEvent"]

Record = dict[str, Any]
PushedEvent = tuple[str, str, str, str, Record]
"""(event type, aggregate id, resource owner, editor user id, payload) of one event of a push."""

LOCKOUT_ATTEMPTS = 3  # the sandbox instance's lockout policy (ZITADEL's default, 0, locks no one out)
_NAMES = ["Gigi Giraffe", "Minnie Mouse", "Ada Lovelace", "Grace Hopper", "Alan Turing", "Linus Torvalds"]
_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "python-requests/2.31.0",
]
# Checks that fail with the login's AuthRequestInfo, or (session API) without it.
_MFA_FAILURES = [
    "user.human.mfa.otp.check.failed",
    "user.human.mfa.otp.sms.check.failed",
    "user.human.mfa.otp.email.check.failed",
    "user.human.mfa.u2f.token.check.failed",
    "user.human.passwordless.token.check.failed",
    "user.human.mfa.recoverycode.check.failed",
]
_CODE_FAILURES = [  # payload: none, or the code's id for the passkey init code
    "user.human.initialization.check.failed",
    "user.human.invite.check.failed",
    "user.human.email.verification.failed",
    "user.human.phone.verification.failed",
    "user.human.passwordless.initialization.code.check.failed",
]
_IDP_REASONS = [
    "failed to fetch user info: 401 Unauthorized",
    "access_denied: The user denied the request",
    "invalid state",
]
_OIDC_REASONS = [
    1,
    3,
    8,
    17,
]  # OIDCErrorReason: invalid_request, access_denied, interaction/login_required, invalid_grant
_SAML_REASONS = [1, 4]


def _id(rng: random.Random) -> str:
    return str(rng.randint(10**17, 10**18 - 1))


class History:
    """Who exists and who is locked out, and what happens next, one push at a time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.instance = _id(rng)
        self.orgs = [_id(rng) for _ in range(2)]
        self.admin = _id(rng)
        self.login_client = _id(rng)  # the login UI's service user, which creates auth requests
        self.names: dict[str, str] = {self.admin: "Instance Admin", self.login_client: "login-client"}
        self.users: list[tuple[str, str]] = []  # (id, owning org)
        self.failures: dict[str, int] = {}  # failed password checks since the last success
        self.locked: set[str] = set()

    def next_push(self) -> list[PushedEvent]:
        rng = self.rng
        roll = rng.random()
        if not self.users or roll < 0.10:
            return self._user_added()
        if roll < 0.14:
            org = rng.choice(self.orgs)
            return [("org.changed", org, org, self.admin, {"name": f"Org {rng.randint(1, 99)}"})]
        if roll < 0.17 and self.locked:
            user = rng.choice(sorted(self.locked))
            self.locked.discard(user)
            self.failures[user] = 0
            return [("user.unlocked", user, self._org(user), self.admin, {})]
        if roll < 0.60:
            return self._password_check()
        if roll < 0.72:
            kind, user = rng.choice(_MFA_FAILURES), self._user()
            api = "otp.sms" in kind or "otp.email" in kind
            payload = {} if api and rng.random() < 0.5 else self._auth_request_info()
            return [(kind, user, self._org(user), user, payload)]
        if roll < 0.80:
            kind, user = rng.choice(_CODE_FAILURES), self._user()
            payload = {"id": _id(rng)} if "passwordless" in kind else {}
            return [(kind, user, self._org(user), self.admin if "invite" in kind else user, payload)]
        if roll < 0.88:
            request = "V2_" + _id(rng)  # Z internal/command/auth_request.go IDPrefixV2
            return [
                (
                    "auth_request.failed",
                    request,
                    self.instance,
                    self.login_client,
                    {"reason": rng.choice(_OIDC_REASONS)},
                )
            ]
        if roll < 0.91:
            request = "V2_" + _id(rng)
            return [
                (
                    "saml_request.failed",
                    request,
                    self.instance,
                    self.login_client,
                    {"reason": rng.choice(_SAML_REASONS)},
                )
            ]
        intent = _id(rng)
        return [("idpintent.failed", intent, self.instance, self.login_client, {"reason": rng.choice(_IDP_REASONS)})]

    def _user_added(self) -> list[PushedEvent]:
        rng = self.rng
        user, org = _id(rng), rng.choice(self.orgs)
        self.users.append((user, org))
        name = rng.choice(_NAMES)
        self.names[user] = name
        first, last = name.split(" ", 1)
        payload = {"userName": f"{first.lower()}@example.com", "firstName": first, "lastName": last}
        return [("user.human.added", user, org, self.admin, payload)]

    def _password_check(self) -> list[PushedEvent]:
        rng = self.rng
        # a brute force on one user now and then: the checks pile up on whoever failed last
        open_users = [u for u, _ in self.users if u not in self.locked]
        if not open_users:
            return self._user_added()
        targeted = [u for u in open_users if self.failures.get(u)]
        user = rng.choice(targeted) if targeted and rng.random() < 0.6 else rng.choice(open_users)
        org = self._org(user)
        editor = user if rng.random() < 0.9 else _id(rng)  # an editor the instance does not know
        info = self._auth_request_info()
        if rng.random() < 0.45:
            self.failures[user] = 0
            return [("user.human.password.check.succeeded", user, org, editor, info)]
        self.failures[user] = self.failures.get(user, 0) + 1
        pushed = [("user.human.password.check.failed", user, org, editor, info)]
        if self.failures[user] >= LOCKOUT_ATTEMPTS:  # Z internal/command/user_human_password.go: one push
            self.locked.add(user)
            pushed.append(("user.locked", user, org, editor, {}))
        return pushed

    def _user(self) -> str:
        return self.rng.choice(self.users)[0]

    def _org(self, user: str) -> str:
        return next(org for u, org in self.users if u == user)

    def _auth_request_info(self) -> Record:
        """AuthRequestInfo's fields, each omitempty (Z internal/repository/user/auth_request_info.go)."""
        rng = self.rng
        if rng.random() < 0.3:
            return {}
        info: Record = {"id": _id(rng), "userAgentID": _id(rng)}
        if rng.random() < 0.8:
            info["userAgent"] = rng.choice(_AGENTS)
            info["acceptLanguage"] = "en-US,en;q=0.9"
            info["remoteIP"] = f"203.0.113.{rng.randint(1, 254)}"
        return info
