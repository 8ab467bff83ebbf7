"""A signing key made at test time (no private key is ever committed) and its public JWKS."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://auth.test.example"
AUDIENCE = "semantic-router"


@dataclass
class SigningKey:
    kid: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )

    def jwks(self) -> str:
        public: dict[str, Any] = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        public.update(kid=self.kid, alg="RS256", use="sig")
        return json.dumps({"keys": [public]})

    def token(self, issuer: str = ISSUER, audience: str = AUDIENCE, ttl_s: int = 3600, **claims: Any) -> str:
        now = int(time.time())
        payload = {"iss": issuer, "aud": audience, "iat": now, "exp": now + ttl_s, **claims}
        return jwt.encode(payload, self.key, algorithm="RS256", headers={"kid": self.kid})

    def bearer(self, **claims: Any) -> dict[str, str]:
        return {"authorization": "Bearer " + self.token(**claims)}
