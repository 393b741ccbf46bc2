// The demo account a visitor of the page table signs in with (none for an anonymous one).
import type { Visitor } from "./page-table.ts";

type DemoAccount = { role: "COORDINATOR" | "CONTRIBUTOR" | "READER" | "ADMIN"; organisation: "FIN" | "BZ" | "ADSB" };

export function demoUserFor(visitor: Visitor): DemoAccount | undefined {
  switch (visitor) {
    case "COORDINATOR":
      return { role: "COORDINATOR", organisation: "FIN" };
    case "CONTRIBUTOR":
      return { role: "CONTRIBUTOR", organisation: "ADSB" };
    case "READER":
      return { role: "READER", organisation: "BZ" };
    case "ADMIN":
      return { role: "ADMIN", organisation: "FIN" };
    case "anonymous":
      return undefined;
  }
}
