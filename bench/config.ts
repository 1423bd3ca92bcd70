// What `npm run bench` measures and for how long (about two minutes in all).

export const BENCH = {
  /**
   * The port of the benchmark's own `next start`: BENCH_PORT, or the first free one from 3200 up
   * (3001, 3100 and others belong to other engineers' servers).
   */
  port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined,
  firstPort: 3200,
  /** Concurrent connections at saturation, for the action and both floors. */
  connections: 50,
  /** Seconds of each saturation phase (a target: the request count is fixed from a warm-up). */
  saturationSeconds: 15,
  /** Submissions per second of the steady phases, and their seconds. */
  steadyRate: 50,
  steadySeconds: 20,
  /**
   * Requests of the first (cold) warm-up before each saturation phase; a second warm-up of about
   * 3 s follows, and its rate sizes the measured phase.
   */
  warmupRequests: 300,
  /** Non-303 answers tolerated, as a share of the requests of a phase (beyond it the run fails). */
  maxFailureRatio: 0.01,
  /** Units whose forms are posted, round-robin: the tallies spread over many rows, as in life. */
  units: [
    "samsat-mataram",
    "samsat-lombok-barat",
    "samsat-lombok-tengah",
    "samsat-lombok-timur",
    "samsat-sumbawa",
    "samsat-bima",
    "rs-mutiara-sukma",
    "dpmptsp-layanan-perizinan",
  ],
} as const;

/** The nine elements of PermenPAN-RB 14/2017; every form must ask exactly these. */
export const ELEMENT_CODES = [
  "persyaratan",
  "prosedur",
  "waktu",
  "biaya",
  "produk",
  "kompetensi",
  "perilaku",
  "sarana",
  "pengaduan",
] as const;

export const NOOP_PATH = "/bench/noop";
export const NOOP_REDIRECT = "/bench/noop?ok=1";
