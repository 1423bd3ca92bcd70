import { describe, expect, it } from "vitest";

import { findPersonalData } from "@/lib/survey/personal-data";

describe("personal data in a suggestion", () => {
  it.each([
    ["an NIK", "NIK saya 5271012345678901 mohon dicek", "nik"],
    ["an NIK in groups of four", "nik 5271 0123 4567 8901", "nik"],
    ["an NIK grouped by dots", "KTP 52.71.01.120590.0001 hilang", "nik"],
    ["an NIK grouped by dashes", "5271-0123-4567-8901", "nik"],
    ["an NIK in full-width digits", "５２７１０１２３４５６７８９０１", "nik"],
    ["a mobile number", "hubungi 081234567890", "telepon"],
    ["a mobile number glued to a word", "hp081234567890", "telepon"],
    ["a mobile number with dashes", "WA 0812-3456-7890 ya", "telepon"],
    ["a mobile number with spaces", "0812 3456 7890", "telepon"],
    ["a short mobile number", "0812 345 678", "telepon"],
    ["a mobile number with +62", "+62 812-3456-7890", "telepon"],
    ["a mobile number with +62 in brackets", "(+62) 812 3456 7890", "telepon"],
    ["a mobile number with 62", "62 812 3456 7890", "telepon"],
    ["a mobile number with 62 and no spaces", "6281234567890", "telepon"],
    ["a mobile number after a queue number", "antrean 12 0812 3456 7890", "telepon"],
    ["a mobile number after a fee", "bayar Rp 50.000 lalu telepon 0812 3456 7890", "telepon"],
    ["an e-mail address", "kirim ke budi.santoso@gmail.com", "email"],
    ["an e-mail address with a plus", "budi+skm@mail.ntbprov.go.id", "email"],
  ])("finds %s", (_what, text, kind) => {
    expect(findPersonalData(text)).toEqual([kind]);
  });

  it("finds each kind once, in a fixed order", () => {
    expect(
      findPersonalData(
        "NIK saya 5271012345678901 hp 081234567890, surel a@b.co, hp2 0813 1111 2222",
      ),
    ).toEqual(["nik", "telepon", "email"]);
  });

  it.each([
    ["a fee", "Biayanya Rp 250.000, padahal di papan tertulis Rp 150.000"],
    ["a large fee", "anggaran Rp 62.850.000.000 untuk gedung"],
    ["a fee without dots after Rp", "bayar Rp81234567 terlalu mahal"],
    ["an amount in thousands", "denda 1.081.234.567 terlalu besar"],
    ["years", "Sejak 2023 sampai 2025 antrean tetap panjang"],
    ["a queue number", "Nomor antrean 087 dipanggil dua kali"],
    ["opening hours", "Buka 08.00-12.00 dan 13.00-16.00"],
    ["a timetable", "jadwal 08.00-12.00-13.00-16.00"],
    ["a time with a colon", "datang 08:30 dilayani 10:15"],
    ["a date", "tanggal 08-12-2024 loket tutup"],
    ["an office's phone line", "telepon kantor (0370) 631234 tidak diangkat"],
    ["a counter number and a count", "loket 3, 62 orang menunggu 8 jam"],
    ["a plate number", "plat DR 1234 AB"],
    ["a social media handle", "lihat @bapenda_ntb di instagram"],
    ["a decimal", "nilai 3,5 dari 4"],
    ["an address with a number", "Jl. Udayana No. 8 Mataram"],
  ])("leaves alone %s", (_what, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
