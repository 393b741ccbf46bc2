// A passkey authenticator in software (node:crypto, ES256), for tests of registration and
// sign-in without a browser: it writes the CBOR attestation ("none") and signs assertions
// exactly as a platform authenticator does, with a counter the test can set (a clone).
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function header(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  const bytes = Buffer.alloc(3);
  bytes[0] = (major << 5) | 25;
  bytes.writeUInt16BE(length, 1);
  return bytes;
}

/** The little CBOR an attestation needs: integers, text, bytes and maps. */
export function encodeCbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? header(0, value) : header(1, -1 - value);
  if (typeof value === "string") {
    const text = Buffer.from(value, "utf8");
    return Buffer.concat([header(3, text.length), text]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([header(2, value.length), Buffer.from(value)]);
  const parts = [header(5, value.size)];
  for (const [key, entry] of value) parts.push(encodeCbor(key), encodeCbor(entry));
  return Buffer.concat(parts);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

export type SoftwarePasskey = {
  credentialId: Buffer;
  privateKey: KeyObject;
  userHandle: string;
  counter: number;
};

export class SoftwareAuthenticator {
  readonly passkeys: SoftwarePasskey[] = [];
  constructor(
    private readonly origin: string,
    private readonly rpId = new URL(origin).hostname,
  ) {}

  private authData(flags: number, counter: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(this.rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  /** navigator.credentials.create() for the options the server gave, as the browser library returns it. */
  register(options: { challenge: string; user: { id: string } }, { userVerified = true } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const cose = encodeCbor(
      new Map<Cbor, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
    const credentialId = randomBytes(16);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, credentialId, cose]);
    const flags = FLAG_UP | FLAG_AT | (userVerified ? FLAG_UV : 0);
    const attestationObject = encodeCbor(
      new Map<Cbor, Cbor>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", this.authData(flags, 0, attested)],
      ]),
    );
    const clientDataJSON = JSON.stringify({
      type: "webauthn.create",
      challenge: options.challenge,
      origin: this.origin,
    });
    const userHandle = options.user.id;
    this.passkeys.push({ credentialId, privateKey, userHandle, counter: 0 });
    const id = credentialId.toString("base64url");
    return {
      id,
      rawId: id,
      type: "public-key" as const,
      response: {
        clientDataJSON: Buffer.from(clientDataJSON).toString("base64url"),
        attestationObject: attestationObject.toString("base64url"),
        transports: ["internal" as const],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform" as const,
    };
  }

  /** navigator.credentials.get(): signs the challenge with the passkey, its counter one higher (or as given). */
  authenticate(challenge: string, answer: { passkey?: SoftwarePasskey; counter?: number; origin?: string } = {}) {
    const passkey = answer.passkey ?? this.passkeys[0]!;
    const { counter = passkey.counter + 1, origin = this.origin } = answer;
    passkey.counter = counter;
    const authenticatorData = this.authData(FLAG_UP | FLAG_UV, counter);
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin }));
    const signature = sign("sha256", Buffer.concat([authenticatorData, sha256(clientDataJSON)]), passkey.privateKey);
    const id = passkey.credentialId.toString("base64url");
    return {
      id,
      rawId: id,
      type: "public-key" as const,
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        authenticatorData: authenticatorData.toString("base64url"),
        signature: signature.toString("base64url"),
        userHandle: passkey.userHandle,
      },
      clientExtensionResults: {},
    };
  }
}
