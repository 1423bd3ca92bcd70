import { describe, expect, it } from "vitest";

import { serverEnv } from "@/scripts/server-env";

describe("the environment npm start gives the server", () => {
  it("points next-auth at the port the server listens on when NEXTAUTH_URL is unset", () => {
    expect(serverEnv({ PORT: "3202" }, []).start.NEXTAUTH_URL).toBe("http://localhost:3202");
    expect(serverEnv({}, []).start.NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("follows a port given to next start itself", () => {
    expect(serverEnv({ PORT: "3202" }, ["-p", "4100"]).start.NEXTAUTH_URL).toBe(
      "http://localhost:4100",
    );
    expect(serverEnv({}, ["--port=4200"]).start.NEXTAUTH_URL).toBe("http://localhost:4200");
  });

  it("keeps a NEXTAUTH_URL the deployer set", () => {
    const env = { PORT: "3202", NEXTAUTH_URL: "https://simaskot.ntbprov.go.id" };
    expect(serverEnv(env, []).start.NEXTAUTH_URL).toBe("https://simaskot.ntbprov.go.id");
  });

  it("builds without telemetry, so its notice is not printed", () => {
    expect(serverEnv({}, []).build.NEXT_TELEMETRY_DISABLED).toBe("1");
  });
});
