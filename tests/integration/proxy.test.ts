import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { proxy } from "@/proxy";

import { useTestDatabase } from "./test-database";

useTestDatabase();

function ask(address: string, method = "GET"): Promise<Response> {
  return proxy(new NextRequest(new URL(address, "http://simaskot.test"), { method }));
}

describe("a unit's address typed in capitals", () => {
  it.each([
    ["/survei/SAMSAT-MATARAM", "/survei/samsat-mataram"],
    ["/survei/Samsat-Mataram?sumber=qr&layanan=1", "/survei/samsat-mataram?sumber=qr&layanan=1"],
    ["/survei/SAMSAT-MATARAM/terima-kasih", "/survei/samsat-mataram/terima-kasih"],
    [
      "/unit/SAMSAT-MATARAM?periode=2026-triwulan-2",
      "/unit/samsat-mataram?periode=2026-triwulan-2",
    ],
  ])("%s is sent on, permanently, to %s", async (address, target) => {
    const response = await ask(address);

    expect(response.status).toBe(308);
    const location = new URL(response.headers.get("location")!, "http://simaskot.test");
    expect(location.pathname + location.search).toBe(target);
  });

  it("is sent on for HEAD too, but never for a submission, which its action answers", async () => {
    expect((await ask("/survei/SAMSAT-MATARAM", "HEAD")).status).toBe(308);
    expect((await ask("/survei/SAMSAT-MATARAM", "POST")).status).not.toBe(308);
  });

  it("is not sent on when it is lower case already or could never be a slug", async () => {
    const lower = await ask("/survei/samsat-mataram");
    const spaced = await ask("/survei/SAMSAT%20MATARAM");

    expect(lower.status).toBe(200);
    expect(lower.headers.get("location")).toBeNull();
    expect(spaced.headers.get("location")).toBeNull();
    expect(spaced.headers.get("x-middleware-rewrite")).toContain("/_tidak-ditemukan");
  });

  it("leads an unknown unit in capitals to the lower-case address, which answers not found", async () => {
    const response = await ask("/unit/TIDAK-ADA");
    const location = response.headers.get("location")!;

    expect(response.status).toBe(308);
    expect((await ask(location)).headers.get("x-middleware-rewrite")).toContain(
      "/_tidak-ditemukan",
    );
  });

  it("leaves other pages' capitals alone", async () => {
    expect((await ask("/Peringkat")).headers.get("location")).toBeNull();
  });
});
