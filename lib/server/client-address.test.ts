import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  const facts = (forwardedFor: string | undefined, socketAddress = "10.0.0.9") => ({ forwardedFor, socketAddress });

  it("with no trusted proxy, is the socket's address whatever x-forwarded-for claims", () => {
    expect(clientAddress(facts(undefined), 0)).toBe("10.0.0.9");
    expect(clientAddress(facts("1.2.3.4"), 0)).toBe("10.0.0.9");
    expect(clientAddress(facts("1.2.3.4, 5.6.7.8"), 0)).toBe("10.0.0.9");
  });

  it("with N trusted proxies, is the Nth entry from the right", () => {
    // client → proxy A → proxy B → app: B (the socket) appended A's address, A appended the client's.
    expect(clientAddress(facts("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(facts("spoofed, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(facts("spoofed, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than hops: the furthest one known.
    expect(clientAddress(facts(undefined), 1)).toBe("10.0.0.9");
    expect(clientAddress(facts("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("reads an IPv4 peer of a dual-stack socket as IPv4, and says unknown when nothing is known", () => {
    expect(clientAddress(facts(undefined, "::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(facts(undefined, "::1"), 0)).toBe("::1");
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined }, 0)).toBe("unknown");
  });
});
