import { describe, expect, it } from "vitest";

import { suggestionProblem } from "@/lib/survey/validation";

describe("a suggestion that can be stored", () => {
  it.each([
    "Petugas ramah, tapi antrean pagi panjang.",
    "Biaya STNK Rp 250.000 tidak sesuai papan (Rp 150.000).",
    "Nomor antrean 087, dipanggil pukul 10.45, selesai 11:30.",
    "Buka 08.00-12.00 dan 13.00-16.00, tutup tanggal 17-08-2025.",
    "Sejak 2019 sampai 2025 belum ada perbaikan; 62 orang menunggu di loket 3.",
    "Telepon kantor (0370) 631234 tidak pernah diangkat.",
    "👨‍👩‍👧".repeat(250),
  ])("%s", (suggestion) => {
    expect(suggestionProblem(suggestion)).toBeNull();
  });
});

describe("a suggestion that is refused", () => {
  it("says which personal data to remove, why, and where complaints needing an answer go", () => {
    const problem = suggestionProblem("NIK saya 5271012345678901 hp 081234567890");

    expect(problem).toBe(
      "Hapus NIK dan nomor telepon dari saran Anda: survei ini tanpa nama, jadi data pribadi " +
        "tidak kami simpan. Pengaduan yang perlu dijawab, atau bila Anda ingin dihubungi, " +
        "sampaikan lewat SP4N-LAPOR! atau NTB Care.",
    );
  });

  it("names an e-mail address alone when that is all it holds", () => {
    expect(suggestionProblem("balas ke warga.ntb@yahoo.co.id")).toMatch(
      /^Hapus alamat e-mail dari saran Anda:/,
    );
  });

  it("names all three kinds when it holds all three", () => {
    expect(suggestionProblem("5271 0123 4567 8901 / +62 812-3456-7890 / budi@gmail.com")).toMatch(
      /^Hapus NIK, nomor telepon, dan alamat e-mail dari saran Anda:/,
    );
  });

  it("says how long it is when it has more than 1.000 characters", () => {
    expect(suggestionProblem("👍🏽".repeat(1001))).toBe(
      "Saran paling banyak 1.000 karakter. Saran Anda 1.001 karakter; persingkat sedikit.",
    );
  });

  it("says it is too long to store when it takes more than four code points a character", () => {
    expect(suggestionProblem(`a${"\u0301".repeat(5000)}`)).toBe(
      "Saran paling banyak 1.000 karakter. Saran Anda terlalu panjang untuk disimpan; " +
        "persingkat sedikit.",
    );
  });
});
