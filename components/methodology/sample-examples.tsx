import { formatInteger } from "@/lib/format/number";
import { minimumSample } from "@/lib/ikm";

const POPULATIONS = [100, 1_000, 10_000, 1_000_000];

export function SampleExamples() {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {POPULATIONS.map((population) => (
        <li key={population}>
          {formatInteger(population)} pengguna dalam satu periode: paling sedikit{" "}
          {formatInteger(minimumSample(population))} responden.
        </li>
      ))}
    </ul>
  );
}
