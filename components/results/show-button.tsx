/** The submit button of a GET form that changes what a results page shows. */
export function ShowButton() {
  return (
    <button
      type="submit"
      className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
    >
      Tampilkan
    </button>
  );
}
