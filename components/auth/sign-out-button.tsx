import { signOut } from "@/lib/auth/actions";

export function SignOutButton() {
  return (
    <form action={signOut}>
      <button
        type="submit"
        className="min-h-11 rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
      >
        Keluar
      </button>
    </form>
  );
}
