// Set by the proxy on a request it answers 404 for, so that the not-found page knows whose
// address it was: "dasbor" for a dashboard, which gets the officials' wording.
export const NOT_FOUND_HEADER = "x-simaskot-tidak-ditemukan";
