// Messages about a form that could not be stored, shown above the form in the "Ada masalah"
// summary.

export function closedMessage({ anotherPeriodOpen }: { anotherPeriodOpen: boolean }): string {
  const notStored =
    "Periode survei yang Anda isi sudah ditutup sebelum penilaian Anda terkirim, jadi " +
    "penilaian Anda belum tersimpan.";
  return anotherPeriodOpen
    ? `${notStored} Periode baru sudah dibuka: periksa jawaban Anda di bawah, lalu tekan ` +
        "Kirim penilaian untuk mengirimnya ke periode baru."
    : `${notStored} Silakan kembali pada periode survei berikutnya.`;
}
