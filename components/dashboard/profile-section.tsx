import { CountChart } from "@/components/charts/count-chart";
import {
  FOLDED_LABEL,
  type ProfileBreakdown,
  type RespondentProfile,
  SMALLEST_GROUP,
} from "@/lib/dashboard/profile";
import { formatInteger } from "@/lib/format/number";

import { BreakableText } from "@/components/breakable-text";
import { CELL, DataTable, NUMBER_CELL } from "./data-table";
import {
  chartGroups,
  foldSentence,
  profileFinding,
  profileKeyNumbers,
  share,
} from "./profile-words";

/**
 * The chart shows at most this many groups, the largest answers; the table shows them all.
 * Every fixed breakdown has at most eight groups: only services (dozens for an agency) are cut.
 */
const CHART_GROUPS = 8;

/** Two columns, the count with its share under it, so that the table fits a 320 px screen. */
function ProfileTable({ breakdown }: { breakdown: ProfileBreakdown }) {
  return (
    <DataTable
      caption={`Responden menurut ${breakdown.noun}`}
      headers={[{ label: breakdown.title }, { label: "Responden (bagian)", numeric: true }]}
    >
      {breakdown.groups.map((group) => (
        <tr key={group.key}>
          <th scope="row" className={`${CELL} font-normal wrap-anywhere`}>
            <BreakableText text={group.label} />
          </th>
          <td className={`${NUMBER_CELL} whitespace-nowrap`}>
            {formatInteger(group.count)}
            <span className="block text-muted sm:ml-2 sm:inline">
              ({share(group.count, breakdown.total)})
            </span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function ProfileFigure({ breakdown }: { breakdown: ProfileBreakdown }) {
  const finding = profileFinding(breakdown);
  const bars = chartGroups(breakdown, CHART_GROUPS);
  const partial = bars.length < breakdown.groups.length;
  const fold = foldSentence(breakdown.fold);
  return (
    <figure className={`min-w-0 space-y-3 ${partial ? "lg:col-span-2" : ""}`}>
      <figcaption className="space-y-1">
        <span className="block text-lg font-semibold">{finding}</span>
        <span className="block">
          {profileKeyNumbers(breakdown)}
          {partial &&
            ` Diagram menampilkan ${CHART_GROUPS} ${breakdown.noun} terbanyak dari ${formatInteger(breakdown.groups.length)} kelompok; semuanya ada di tabel.`}
        </span>
      </figcaption>
      <CountChart
        description={`Diagram batang jumlah responden menurut ${breakdown.noun}. ${finding}. Angka lengkapnya ada di tabel di bawah.`}
        bars={bars.map((group) => ({ label: group.label, value: group.count }))}
      />
      {fold && <p className="text-muted">{fold}</p>}
      {partial ? (
        <details className="space-y-2">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700 underline">
            Tabel semua {formatInteger(breakdown.groups.length)} kelompok {breakdown.noun}
          </summary>
          <ProfileTable breakdown={breakdown} />
        </details>
      ) : (
        <ProfileTable breakdown={breakdown} />
      )}
    </figure>
  );
}

/** Who answered: sex, age band, education, occupation and service, small groups folded. */
export function ProfileSection({
  profile,
  withheld,
}: {
  profile: RespondentProfile;
  /** Set when the view is narrowed by dates or has too few answers: no breakdown is shown. */
  withheld: string | null;
}) {
  return (
    <section aria-labelledby="profil" className="space-y-6">
      <h2 id="profil" className="text-2xl font-bold">
        Profil responden
      </h2>
      {withheld ? (
        <p>{withheld}</p>
      ) : profile.total === 0 ? (
        <p>Belum ada responden.</p>
      ) : profile.total < SMALLEST_GROUP ? (
        // Every group would be the one fold of them all: five charts saying nothing.
        <p>
          Profil responden ditampilkan setelah ada sedikitnya {SMALLEST_GROUP} responden; sekarang
          baru {formatInteger(profile.total)}.
        </p>
      ) : (
        <>
          <p className="max-w-3xl">
            Kelompok yang kurang dari 5 orang, termasuk yang tidak menjawab, digabung menjadi “
            {FOLDED_LABEL}” agar tidak ada responden yang bisa dikenali. Bila gabungan itu masih
            kurang dari 5 orang, kelompok terkecil berikutnya ikut digabung.
          </p>
          <div className="grid gap-x-10 gap-y-8 lg:grid-cols-2">
            {profile.breakdowns.map((breakdown) => (
              <ProfileFigure key={breakdown.title} breakdown={breakdown} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
