/**
 * Debian's Jupyter Notebook 6 server starts on 127.0.0.1 with a token, moves to another port
 * when its port is taken, serves the folder it is given, and stops with its kernels, leaving no
 * process and no temporary folder behind.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  freePort,
  NotebookServerError,
  startNotebookServer,
  withNotebookServer,
} from "../../tools/jupyter_server.ts";
import { hasJupyterNotebook, processesWith, warnIgnored } from "./_programs.ts";

const ignore = !hasJupyterNotebook;
warnIgnored(
  "jupyter_server_test",
  ignore ? ["jupyter-notebook (apt-get install -y jupyter-notebook)"] : [],
);

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("freePort() gives a port that can be bound on 127.0.0.1", () => {
  const port = freePort();
  const listener = Deno.listen({ hostname: "127.0.0.1", port });
  listener.close();
});

Deno.test({
  name: "the server serves the given folder, asks for its token, and lists its notebooks",
  ignore,
  fn: () =>
    withNotebookServer("tests/fixtures/notebooks", async (server) => {
      assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      assert.match(server.token, /^[0-9a-f]{48}$/);
      const status = await server.api<{ started: string }>("api/status");
      assert.ok(status?.started);
      const listing = await server.api<{ content: { name: string }[] }>("api/contents");
      assert.ok(listing?.content.some((entry) => entry.name === "frontend_ok.ipynb"));
      const anonymous = await fetch(`${server.baseUrl}api/status`);
      await anonymous.body?.cancel();
      assert.equal(anonymous.status, 403, "no token, no answer");
      assert.equal(
        server.notebookUrl("a b/c.ipynb"),
        `${server.baseUrl}notebooks/a%20b/c.ipynb?token=${server.token}`,
      );
    }),
});

Deno.test({
  name: "a taken port is retried on another one",
  ignore,
  fn: async () => {
    const taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const takenPort = (taken.addr as Deno.NetAddr).port;
    const offered: number[] = [];
    try {
      const server = await startNotebookServer({
        portPicker: () => {
          const port = offered.length === 0 ? takenPort : freePort();
          offered.push(port);
          return port;
        },
      });
      try {
        assert.equal(offered.length, 2);
        assert.equal(server.port, offered[1]);
        assert.notEqual(server.port, takenPort);
      } finally {
        await server.stop();
      }
    } finally {
      taken.close();
    }
  },
});

Deno.test({
  name: "every attempt failing gives one NotebookServerError quoting the log",
  ignore,
  fn: async () => {
    const taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    try {
      await assert.rejects(
        startNotebookServer({ attempts: 2, portPicker: () => (taken.addr as Deno.NetAddr).port }),
        (error: unknown) => {
          assert.ok(error instanceof NotebookServerError);
          assert.match(error.message, /2 attempts failed; the last one: .*exited with code/s);
          assert.match(error.message, /already in use/);
          return true;
        },
      );
    } finally {
      taken.close();
    }
  },
});

Deno.test("a missing program is not retried", async () => {
  let picks = 0;
  await assert.rejects(
    startNotebookServer({ executable: "no-such-jupyter", portPicker: () => (picks++, freePort()) }),
    /no `no-such-jupyter` on PATH/,
  );
  assert.equal(picks, 1);
});

Deno.test({
  name: "stop() shuts the kernels down and leaves no process and no temporary folder",
  ignore,
  fn: async () => {
    const server = await startNotebookServer();
    const runtime = server.runtimeDir;
    const dir = server.dir;
    try {
      const kernel = await server.api<{ id: string }>("api/kernels", {
        method: "POST",
        body: JSON.stringify({ name: "python3" }),
      });
      assert.ok(kernel?.id);
      const deadline = Date.now() + 30_000;
      while (processesWith(`${runtime}/kernel-`).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(processesWith(`${runtime}/kernel-`).length, 1, "the kernel runs");
    } finally {
      await server.stop();
    }
    assert.deepEqual(processesWith(`${runtime}/kernel-`), [], "no kernel is left");
    assert.deepEqual(processesWith(`--port=${server.port}`), [], "no server is left");
    assert.equal(exists(runtime), false, "the runtime folder is removed");
    assert.equal(exists(dir), false, "the temporary notebook folder is removed");
  },
});
