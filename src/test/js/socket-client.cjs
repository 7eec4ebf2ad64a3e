// Drives the official socket.io-client v4 for the Java tests. One JSON command per stdin line:
//   {"cmd":"connect","id":"a","url":"http://…","token":"…"|null,"transports":["websocket"]|null,
//    "cookie":"teezu_session=…"|absent,"origin":"http://…"|absent}   (cookie: as a browser sends it, with auth {})
//   {"cmd":"emit","id":"a","event":"profile:watch","data":{…}}
//   {"cmd":"close","id":"a"}
// Every socket happening is one JSON line on stdout: {"id","type":"connect"|"connect_error"|"event"|"disconnect", …}
const path = require("node:path");
const readline = require("node:readline");
const { io } = require(path.join(process.env.FRONTEND_MODULES, "socket.io-client"));

const sockets = new Map();
const out = (o) => process.stdout.write(JSON.stringify({ ...o, at: Date.now() }) + "\n");

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const c = JSON.parse(line);
  if (c.cmd === "connect") {
    const opts = { reconnection: false, forceNew: true, timeout: 5000 };
    if (c.token) opts.auth = { token: c.token };
    if (c.cookie !== undefined) {
      opts.auth = {};
      opts.extraHeaders = { Cookie: c.cookie };
      if (c.origin) opts.extraHeaders.Origin = c.origin;
    }
    if (c.transports) opts.transports = c.transports;
    const s = io(c.url, opts);
    sockets.set(c.id, s);
    s.on("connect", () => out({ id: c.id, type: "connect", transport: s.io.engine.transport.name }));
    s.on("connect_error", (e) => out({ id: c.id, type: "connect_error", message: String(e && e.message) }));
    s.on("disconnect", (reason) => out({ id: c.id, type: "disconnect", reason }));
    s.io.engine && s.io.engine.on && s.io.engine.on("upgrade", (t) => out({ id: c.id, type: "upgrade", transport: t.name }));
    s.onAny((event, data) => out({ id: c.id, type: "event", event, data }));
  } else if (c.cmd === "emit") {
    sockets.get(c.id).emit(c.event, c.data);
    out({ id: c.id, type: "emitted", event: c.event });
  } else if (c.cmd === "close") {
    const s = sockets.get(c.id);
    if (s) s.close();
    sockets.delete(c.id);
  } else if (c.cmd === "exit") {
    for (const s of sockets.values()) s.close();
    process.exit(0);
  }
});
process.stdin.on("end", () => process.exit(0));
out({ type: "ready" });
