// The stewards' page: choose a school year, upload files, see each file's outcome as soon as the
// server has processed it (polling the JSON API), and the files of the year. Every text comes from
// api/texts (the zh-CN catalogue); data is only ever set as textContent, never parsed as HTML.
"use strict";
(() => {
  const api = (document.body.dataset.api || "api") + "/";
  const pollMs = 1000, pollLimit = 300;
  let texts = {}, limits = null;

  const $ = (id) => document.getElementById(id);
  const fill = (template, values) => template.replace(/\{([a-z_]+)\}/g, (m, name) => (name in values ? String(values[name]) : m));
  const el = (tag, props, ...children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children) e.append(c);
    return e;
  };
  // Sign-in (Azure): api/auth names the tenant's endpoints and the page signs in with the
  // authorization-code flow and PKCE (a single-page app registration, no secret); every call then
  // carries the access token, which the server validates. Locally api/auth is 404: no sign-in.
  const auth = { token: null, config: null };
  const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const redirectUri = () => location.origin + location.pathname;
  const headers = (extra) => Object.assign(auth.token ? { Authorization: "Bearer " + auth.token } : {}, extra || {});

  function notice(message) {
    $("notice").textContent = message;
    $("notice").hidden = false;
  }

  async function redirectToSignIn() {
    sessionStorage.removeItem("changji.token");
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
    const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem("changji.pkce", JSON.stringify({ verifier, state }));
    const query = new URLSearchParams({
      client_id: auth.config.clientId, response_type: "code", redirect_uri: redirectUri(), scope: auth.config.scope + " openid profile",
      code_challenge: challenge, code_challenge_method: "S256", state,
    });
    location.assign(auth.config.authorizeEndpoint + "?" + query);
  }

  async function redeem(code, state) {
    const pkce = JSON.parse(sessionStorage.getItem("changji.pkce") || "null");
    sessionStorage.removeItem("changji.pkce");
    if (!pkce || pkce.state !== state) return;
    const body = new URLSearchParams({
      client_id: auth.config.clientId, grant_type: "authorization_code", code, redirect_uri: redirectUri(),
      code_verifier: pkce.verifier, scope: auth.config.scope + " openid profile",
    });
    const response = await fetch(auth.config.tokenEndpoint, { method: "POST", body });
    if (!response.ok) return;
    const token = await response.json();
    sessionStorage.setItem("changji.token", JSON.stringify({ token: token.access_token, expires: Date.now() + token.expires_in * 1000 }));
  }

  /** True when the page may go on: signed in, or no sign-in here. */
  async function signIn() {
    const response = await fetch(api + "auth", { headers: { Accept: "application/json" } });
    if (response.status === 404) return true;
    if (!response.ok) {
      notice((await response.json()).message);
      return false;
    }
    auth.config = await response.json();
    const params = new URLSearchParams(location.search);
    if (params.has("code")) {
      await redeem(params.get("code"), params.get("state"));
      history.replaceState(null, "", location.pathname);
    }
    const saved = JSON.parse(sessionStorage.getItem("changji.token") || "null");
    if (saved && saved.expires > Date.now() + 60000) {
      auth.token = saved.token;
      return true;
    }
    await redirectToSignIn();
    return false;
  }

  const getJson = async (path) => {
    const response = await fetch(api + path, { headers: headers({ Accept: "application/json" }), credentials: "same-origin" });
    if (response.status === 404) return null;
    if (response.status === 401 && auth.config) await redirectToSignIn();
    if (response.status === 403) notice((await response.json()).message);
    if (!response.ok) throw new Error(response.status + " " + response.statusText);
    return response.json();
  };
  const year = () => Number($("year").value);

  function applyTexts() {
    document.title = texts.title;
    for (const e of document.querySelectorAll("[data-text]")) e.textContent = texts[e.dataset.text] || "";
  }

  function statusBadge(file) {
    return el("span", { className: "status " + file.status, textContent: file.statusZh });
  }

  function reportLink(file) {
    const link = el("a", { href: "reports/" + file.sha256, target: "_blank", rel: "noopener", textContent: texts.report_link });
    // Signed in, a plain link would carry no token: fetch the report with it and show it from memory.
    link.addEventListener("click", async (e) => {
      if (!auth.token) return;
      e.preventDefault();
      const response = await fetch(link.href, { headers: headers() });
      if (response.ok) window.open(URL.createObjectURL(new Blob([await response.text()], { type: "text/html" })), "_blank", "noopener");
    });
    return link;
  }

  // A link that downloads a file the server serves. Signed in, a plain link would carry no token: fetch
  // it with the token and save it from memory.
  function downloadLink(href, className, text, fallbackName) {
    const link = el("a", { href, className, textContent: text });
    link.download = "";
    link.addEventListener("click", async (e) => {
      if (!auth.token) return;
      e.preventDefault();
      const response = await fetch(link.href, { headers: headers() });
      if (!response.ok) return;
      // The server names the download (Content-Disposition); the page keeps no name of its own.
      const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get("Content-Disposition") || "");
      const name = named ? decodeURIComponent(named[1]) : fallbackName;
      const url = URL.createObjectURL(await response.blob());
      el("a", { href: url, download: name }).click();
      setTimeout(() => URL.revokeObjectURL(url), 60000); // not at once: the download may not have started
    });
    return link;
  }

  // The annotated return (an xlsx of the file's own rows, problems marked) of a file with rows returned.
  function returnLinks(file) {
    if (!file.annotatedReturn) return [];
    return [" ", downloadLink("returns/" + file.sha256, "annotated", texts.annotated_link, file.name)];
  }

  // The three templates of the chosen year, schools of the information database prefilled (built on request).
  function showTemplateLinks() {
    const links = ["statistics", "funding", "county"].flatMap((kind, i) => [i ? "、" : "",
      downloadLink("templates/" + year() + "/" + kind, "template", texts["template." + kind], texts["template." + kind] + ".xlsx")]);
    $("templates").replaceChildren(el("span", { textContent: texts.templates_label }), ...links);
  }

  async function loadYearFiles() {
    $("files-heading").textContent = fill(texts.files_heading, { year: year() });
    const files = (await getJson("years/" + year() + "/files")) || [];
    const body = $("year-files").tBodies[0];
    body.replaceChildren(...files.map((f) => el("tr", {},
      el("td", { textContent: f.name }),
      el("td", { textContent: f.kindZh }),
      el("td", {}, statusBadge(f)),
      el("td", { className: "num", textContent: f.rowsAccepted }),
      el("td", { className: "num", textContent: f.rowsRejected }),
      el("td", { textContent: f.uploadedBy || texts.unknown_uploader }),
      el("td", { textContent: f.receivedAt }),
      el("td", {}, reportLink(f), ...returnLinks(f)))));
    $("no-files").hidden = files.length > 0;
    $("year-files").hidden = files.length === 0;
  }

  function findingsTable(findings) {
    if (findings.length === 0) return el("p", { textContent: texts.no_findings });
    const head = ["severity", "sheet", "row", "column", "value", "message"].map((k) => el("th", { textContent: texts["column." + k] }));
    const cell = (key, value, className) => {
      const td = el("td", { className: className || "", textContent: value ?? "" });
      td.dataset.label = texts["column." + key]; // shown before the value when a phone stacks the table
      return td;
    };
    const rows = findings.map((f) => el("tr", {},
      cell("severity", f.severityZh), cell("sheet", f.sheet), cell("row", f.row, "num"),
      cell("column", f.column), cell("value", f.value), cell("message", f.message)));
    return el("div", { className: "scroll" }, el("table", { className: "findings" }, el("thead", {}, el("tr", {}, ...head)), el("tbody", {}, ...rows)));
  }

  function showOutcome(card, detail, uploadedPath) {
    const f = detail.file;
    const summary = el("p", {}, statusBadge(f), fill(texts.rows_summary,
      { read: f.rowsRead, accepted: f.rowsAccepted, rejected: f.rowsRejected, errors: f.errors, warnings: f.warnings }), " ", reportLink(f), ...returnLinks(f));
    const parts = [summary];
    if (uploadedPath && f.path !== uploadedPath) parts.push(el("p", { textContent: fill(texts.duplicate, { received: f.receivedAt, name: f.name }) }));
    parts.push(el("h4", { textContent: texts.findings_heading }), findingsTable(detail.findings));
    card.body.replaceChildren(...parts);
    card.root.dataset.status = f.status;
  }

  function newCard(name) {
    $("results-panel").hidden = false;
    const bar = el("progress", { max: 100, value: 0 });
    const body = el("div", {}, el("p", { textContent: texts.uploading }), bar);
    const root = el("div", { className: "result" }, el("h3", { textContent: name }), body);
    $("results").prepend(root);
    return { root, body, bar };
  }

  function fail(card, reason) {
    card.body.replaceChildren(el("p", { className: "error", textContent: fill(texts.upload_failed, { reason }) }));
    card.root.dataset.status = "failed";
  }

  function send(file, card) {
    return new Promise((resolve) => {
      const form = new FormData();
      form.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", api + "years/" + year() + "/files");
      xhr.setRequestHeader("Accept", "application/json");
      if (auth.token) xhr.setRequestHeader("Authorization", "Bearer " + auth.token);
      xhr.setRequestHeader("X-Changji-Page", "1"); // the server refuses uploads without it (a cross-site form cannot send it)
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) card.bar.value = Math.round((100 * e.loaded) / e.total); };
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch { body = null; }
        resolve({ ok: xhr.status >= 200 && xhr.status < 300, body, status: xhr.status });
      };
      xhr.onerror = () => resolve({ ok: false, body: null, status: 0 });
      xhr.send(form);
    });
  }

  async function upload(file) {
    const card = newCard(file.name);
    const extension = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
    if (!limits.extensions.includes(extension) || file.size > limits.maxFileBytes) {
      // The server checks again whatever the page says; this only spares a useless upload.
      fail(card, fill(texts.limits, { extensions: limits.extensions.join("、"), max: megabytes(limits.maxFileBytes) }));
      return;
    }

    const sent = await send(file, card);
    if (!sent.ok) {
      fail(card, (sent.body && sent.body.message) || String(sent.status));
      return;
    }

    card.bar.value = 100;
    card.body.replaceChildren(el("p", { textContent: texts.processing }), el("progress"));
    for (let i = 0; i < pollLimit; i++) {
      const detail = await getJson("files/" + sent.body.sha256);
      if (detail) {
        showOutcome(card, detail, sent.body.path);
        await loadYearFiles();
        return;
      }
      await new Promise((r) => setTimeout(r, pollMs));
    }
    card.body.replaceChildren(el("p", { textContent: texts.still_processing }));
  }

  const megabytes = (bytes) => Math.round((bytes / 1048576) * 100) / 100;

  async function uploadAll(files) {
    for (const file of files) await upload(file);
  }

  async function start() {
    if (!(await signIn())) return;
    [texts, limits] = await Promise.all([getJson("texts"), getJson("limits")]);
    const years = await getJson("years");
    applyTexts();
    $("limits").textContent = fill(texts.limits, { extensions: limits.extensions.join("、"), max: megabytes(limits.maxFileBytes) });
    $("files").accept = limits.extensions.join(",");
    $("year").replaceChildren(...years.years.map((y) => el("option", { value: y, textContent: fill(texts.year_option, { year: y }), selected: y === years.current })));
    $("year").addEventListener("change", () => { showTemplateLinks(); loadYearFiles(); });
    showTemplateLinks();
    $("refresh").addEventListener("click", loadYearFiles);
    $("files").addEventListener("change", (e) => { uploadAll([...e.target.files]); e.target.value = ""; });
    const drop = $("drop");
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); uploadAll([...e.dataTransfer.files]); });
    await loadYearFiles();
    document.body.dataset.ready = "true";
  }

  start();
})();
