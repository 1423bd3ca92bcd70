// Messages about a form that could not be stored, shown above the form in the "Ada masalah"
// summary.

const SEND_AGAIN =
  "Jawaban Anda masih ada di bawah. Tekan Kirim penilaian sekali lagi; penilaian yang sama " +
  "tidak akan terhitung dua kali.";

const FAILED_SENDING = {
  // No proper answer came back: the request or its reply was lost on the way, or the server (or
  // a proxy in front of it) answered with an error. The browser cannot tell which, nor whether
  // the answer was stored; a resend with the same form id stores it at most once.
  unconfirmed:
    "Kami belum bisa memastikan penilaian Anda tersimpan: sambungan internet mungkin " +
    `terputus, atau server kami tidak menjawab dengan benar. ${SEND_AGAIN} Jika gagal lagi, ` +
    "periksa sambungan Anda atau coba beberapa saat lagi.",
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
