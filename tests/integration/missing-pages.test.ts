import { describe, expect, it } from "vitest";

import { isMissingPublicPage } from "@/lib/proxy/missing-pages";

import { useTestDatabase } from "./test-database";

useTestDatabase();

function missing(address: string): Promise<boolean> {
  return isMissingPublicPage(new URL(address, "http://simaskot.test"));
}

describe("the public pages answered with a server-rendered 404", () => {
  it.each([
    "/unit/tidak-ada",
    "/unit/samsat-mataram?periode=x",
    "/survei/samsat-mataramm",
    "/survei/tidak-ada/terima-kasih",
    "/peringkat?periode=x",
    "/peringkat?opd=x",
    "/peringkat?opd=%27",
    "/peringkat?opd=bapenda&periode=2000-triwulan-1",
  ])("include %s", async (address) => {
    expect(await missing(address)).toBe(true);
  });

  it.each([
    "/",
    "/unit/samsat-mataram",
    "/unit/samsat-mataram?periode=",
    "/survei/samsat-mataram?layanan=1",
    "/survei/samsat-mataram/terima-kasih",
    "/peringkat",
    "/peringkat?opd=bapenda&urut=nama",
    "/metodologi",
    "/dasbor/unit/tidak-ada",
  ])("leave %s to its page", async (address) => {
    expect(await missing(address)).toBe(false);
  });
});
