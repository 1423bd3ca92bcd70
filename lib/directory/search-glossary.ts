// Abbreviations that people type at the counter and the words they stand for. A unit whose text
// holds either form is found by the other ("pajak kendaraan" finds the Samsat by its PKB service,
// "rs" finds a "Rumah Sakit"; "lotim" finds what is in Lombok Timur). Written folded: lower case,
// no accents.
export const GLOSSARY: ReadonlyArray<readonly [abbreviation: string, words: string]> = [
  ["pkb", "pajak kendaraan bermotor"],
  ["stnk", "surat tanda nomor kendaraan"],
  ["tnkb", "tanda nomor kendaraan bermotor plat nomor"],
  ["bbnkb", "bea balik nama kendaraan bermotor"],
  ["rs", "rumah sakit"],
  ["rsud", "rumah sakit umum daerah"],
  ["rsj", "rumah sakit jiwa"],
  ["igd", "instalasi gawat darurat"],
  ["ptsp", "pelayanan terpadu satu pintu"],
  ["k3", "keselamatan dan kesehatan kerja"],
  ["blk", "balai latihan kerja"],
  ["umkm", "usaha mikro kecil menengah"],
  ["ppid", "pejabat pengelola informasi dan dokumentasi"],
  ["asn", "aparatur sipil negara pegawai"],
  ["cpns", "calon pegawai negeri sipil"],
  // Regencies as people in NTB say and write them.
  ["lobar", "lombok barat"],
  ["loteng", "lombok tengah"],
  ["lotim", "lombok timur"],
  ["klu", "lombok utara"],
  ["ksb", "sumbawa barat"],
];
