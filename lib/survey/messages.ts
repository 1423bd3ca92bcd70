// Messages about a form that could not be stored, shown above the form in the "Ada masalah"
// summary.

const SEND_AGAIN =
  "Jawaban Anda masih ada di bawah. Tekan Kirim penilaian sekali lagi; penilaian yang sama " +
  "tidak akan terhitung dua kali.";

const FAILED_SENDING = {
  // The request or its answer was lost: the answer may or may not have been stored, and a
  // resend with the same form id stores it at most once.
  connection:
    "Penilaian Anda mungkin belum sampai ke server karena sambungan internet terputus. " +
    `Periksa sambungan Anda. ${SEND_AGAIN}`,
  server: `Penilaian Anda mungkin belum tersimpan karena gangguan di server kami. ${SEND_AGAIN}`,
  // The server no longer knows this form's action: nothing ran, nothing was stored.
  stale:
    "SIMASKOT baru saja diperbarui, jadi formulir ini perlu dimuat ulang sebelum bisa " +
    "dikirim. Penilaian Anda belum tersimpan. Tekan Muat ulang formulir: jawaban Anda tetap " +
    "terisi, lalu tekan Kirim penilaian.",
} as const;

/** What the browser shows when sending failed before the server could answer with a state. */
export function sendingFailedMessage(failure: keyof typeof FAILED_SENDING): string {
  return FAILED_SENDING[failure];
}

export function closedMessage({ anotherPeriodOpen }: { anotherPeriodOpen: boolean }): string {
  const notStored =
    "Periode survei yang Anda isi sudah ditutup sebelum penilaian Anda terkirim, jadi " +
    "penilaian Anda belum tersimpan.";
  return anotherPeriodOpen
    ? `${notStored} Periode baru sudah dibuka: periksa jawaban Anda di bawah, lalu tekan ` +
        "Kirim penilaian untuk mengirimnya ke periode baru."
    : `${notStored} Silakan kembali pada periode survei berikutnya.`;
}
