import type { Executor } from "../client";
import { elements, questionnaires } from "../schema";

export const NATIONAL_VERSION = "permenpanrb-14-2017";

type ElementSeed = {
  code: string;
  name: string;
  question: string;
  topic: string;
  labels: [string, string, string, string];
};

// PermenPAN-RB 14/2017. Asked in the order of its sample questionnaire (sarana before
// pengaduan); every result is keyed by code, never by position.
export const NATIONAL_ELEMENTS: readonly ElementSeed[] = [
  {
    code: "persyaratan",
    topic: "persyaratan pelayanan",
    name: "Persyaratan",
    question:
      "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    labels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    code: "prosedur",
    topic: "prosedur pelayanan",
    name: "Sistem, Mekanisme, dan Prosedur",
    question: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    labels: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
  },
  {
    code: "waktu",
    topic: "waktu penyelesaian",
    name: "Waktu Penyelesaian",
    question: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    labels: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
  },
  {
    code: "biaya",
    topic: "biaya atau tarif",
    name: "Biaya/Tarif",
    question:
      "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan? " +
      "Jika layanan ini gratis, pilih \u201cGratis\u201d.",
    labels: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
  },
  {
    code: "produk",
    topic: "hasil pelayanan",
    name: "Produk Spesifikasi Jenis Pelayanan",
    question:
      "Bagaimana pendapat Saudara tentang kesesuaian hasil pelayanan yang Saudara terima " +
      "dengan yang tercantum dalam standar pelayanan?",
    labels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  },
  {
    code: "kompetensi",
    topic: "kemampuan petugas",
    name: "Kompetensi Pelaksana",
    question: "Bagaimana pendapat Saudara tentang kemampuan petugas dalam memberikan pelayanan?",
    labels: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
  },
  {
    code: "perilaku",
    topic: "kesopanan dan keramahan petugas",
    name: "Perilaku Pelaksana",
    question:
      "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan, " +
      "terkait kesopanan dan keramahan?",
    labels: [
      "Tidak sopan dan ramah",
      "Kurang sopan dan ramah",
      "Sopan dan ramah",
      "Sangat sopan dan ramah",
    ],
  },
  {
    code: "sarana",
    topic: "sarana dan prasarana",
    name: "Sarana dan Prasarana",
    question: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana di unit ini?",
    labels: ["Buruk", "Cukup", "Baik", "Sangat baik"],
  },
  {
    code: "pengaduan",
    topic: "penanganan pengaduan",
    name: "Penanganan Pengaduan, Saran dan Masukan",
    question:
      "Bagaimana pendapat Saudara tentang penanganan pengaduan, saran, dan masukan di unit ini?",
    labels: [
      "Tidak ada",
      "Ada tetapi tidak berfungsi",
      "Berfungsi kurang maksimal",
      "Dikelola dengan baik",
    ],
  },
];

/** Creates the national questionnaire once; returns its id. */
export async function seedNationalQuestionnaire(db: Executor): Promise<number> {
  const [created] = await db
    .insert(questionnaires)
    .values({ version: NATIONAL_VERSION, title: "Kuesioner SKM PermenPAN-RB 14/2017" })
    .onConflictDoNothing()
    .returning({ id: questionnaires.id });
  if (!created) {
    const existing = await db.query.questionnaires.findFirst({
      where: (q, { eq }) => eq(q.version, NATIONAL_VERSION),
    });
    return existing!.id;
  }

  await db.insert(elements).values(
    NATIONAL_ELEMENTS.map((element, index) => ({
      questionnaireId: created.id,
      code: element.code,
      position: index + 1,
      name: element.name,
      question: element.question,
      topic: element.topic,
      label1: element.labels[0],
      label2: element.labels[1],
      label3: element.labels[2],
      label4: element.labels[3],
    })),
  );
  return created.id;
}
