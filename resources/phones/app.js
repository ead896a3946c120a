/* The participant's page: what the open item asks for, sent through /api/send/<what>.
   Every text from the room is put in with textContent, never as HTML. What is sent waits in
   an outbox (localStorage) until the laptop confirms it; its uid makes a retry harmless.
   Plain ES5 and XMLHttpRequest for old phones. */
(function () {
  "use strict";
  var token = null;
  try { token = window.localStorage.getItem("phone-token"); } catch (e) { token = null; }
  var lang = "fr";
  var T = PHONE_TEXTS.fr;
  var state = null;
  var outbox = load("phone-outbox", []);
  var mine = load("phone-mine", []);
  var dots = {};
  var shownForms = null;
  var shownEvaluation = null;
  var waiting = {};  // uid -> the "waiting to be sent" line under its form

  function load(key, fallback) {
    try { return JSON.parse(window.localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full or private */ }
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function word(entry) { return (entry.symbol ? entry.symbol + " " : "") + (entry[lang] || entry.fr); }
  function newUid() {
    var s = "";
    for (var i = 0; i < 24; i++) { s += "abcdefghijklmnopqrstuvwxyz0123456789".charAt(Math.floor(Math.random() * 36)); }
    return "p" + s;
  }
  function status(text, bad) { $("status").textContent = text; $("status").className = bad ? "bad" : ""; }

  function call(method, path, body, done, failed) {
    var request = new XMLHttpRequest();
    request.open(method, path);
    if (token) { request.setRequestHeader("X-Phone", token); }
    request.setRequestHeader("Content-Type", "application/json");
    request.onload = function () {
      var answer = {};
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = {}; }
      if (request.status === 200) { done(answer); } else { failed(request.status, answer); }
    };
    request.onerror = function () { failed(0, {}); };
    request.send(body ? JSON.stringify(body) : null);
  }

  function refresh() {
    call("GET", "/api/state", null, function (answer) {
      state = answer;
      lang = (navigator.language || "").toLowerCase().indexOf("en") === 0 ? "en" : (answer.language || "fr");
      T = PHONE_TEXTS[lang] || PHONE_TEXTS.fr;
      document.documentElement.lang = lang;
      render();
      flush();
    }, function (code, answer) {
      if (code === 403 && answer.error === "refused") { window.location.replace("/"); return; }
      status(T.offline, true);
      window.setTimeout(refresh, 5000);
    });
  }

  function render() {
    var name = state.phone.name ? state.phone.name + " · " : "";
    status(state.open ? T.connected + " (" + name + T.phone + state.phone.number + ")" : T.waiting, !state.open);
    $("item").textContent = state.item ? state.item.title : "";
    $("question").textContent = state.item ? state.item.question : "";
    var forms = $("forms");
    var votes = $("votes");
    var i;
    var formsNow = JSON.stringify([state.forms, lang]);
    if (formsNow !== shownForms) {  // drawn again only when they change: typed text stays
      shownForms = formsNow;
      forms.innerHTML = "";
      for (i = 0; i < (state.forms || []).length; i++) { forms.appendChild(form(state.forms[i])); }
    }
    var evaluationNow = JSON.stringify([state.evaluation && evaluationQuestions(state.evaluation), lang]);
    if (evaluationNow !== shownEvaluation) {  // drawn again only when the questions change
      shownEvaluation = evaluationNow;
      $("evaluation").innerHTML = "";
      if (state.evaluation) { $("evaluation").appendChild(evaluationForm(state.evaluation)); }
    }
    if (state.evaluation && state.evaluation.sent) { $("evaluation-again").textContent = T.evaluation_again; }
    votes.innerHTML = "";
    for (i = 0; i < (state.votes || []).length; i++) { votes.appendChild(vote(state.votes[i])); }
    showMine();
  }

  function choices(list, chosen, onPick) {
    var box = el("div", null, "choices");
    for (var i = 0; i < list.length; i++) {
      (function (entry) {
        var button = el("button", word(entry), "choice" + (chosen === entry.code ? " chosen" : ""));
        button.type = "button";
        button.setAttribute("data-code", entry.code);
        if (entry.colour) { button.style.borderLeft = "12px solid " + entry.colour; }
        button.onclick = function () {
          var all = box.getElementsByTagName("button");
          for (var j = 0; j < all.length; j++) { all[j].className = "choice"; }
          button.className = "choice chosen";
          onPick(entry.code);
        };
        box.appendChild(button);
      }(list[i]));
    }
    return box;
  }

  function field(labelText, tag, max, id) {
    var wrap = el("div");
    var label = el("label", labelText);
    var input = el(tag);
    input.id = id; label.htmlFor = id; input.maxLength = max;
    wrap.appendChild(label); wrap.appendChild(input);
    return { wrap: wrap, input: input };
  }

  function form(spec) {
    var box = el("section");
    var picked = { colour: "yellow", weather: null, category: "" };
    var message = el("p", "", "sent");
    var send = el("button", T.send);
    send.type = "button";
    if (spec.kind === "card") {
      box.appendChild(el("h2", T.card));
      var text = field(T.your_card, "textarea", spec.max, "card-text");
      box.appendChild(text.wrap);
      box.appendChild(el("label", T.colour));
      box.appendChild(choices(spec.colours, "yellow", function (code) { picked.colour = code; }));
      if (spec.categories.length) {
        box.appendChild(el("label", T.category));
        box.appendChild(choices(spec.categories.map(function (c) { return { code: c.code, fr: c.fr, en: c.en }; }), "", function (code) { picked.category = code; }));
      }
      send.id = "send-card";
      send.onclick = function () {
        if (!text.input.value.replace(/\s/g, "")) { message.textContent = T.empty; return; }
        queue("card", { uid: newUid(), text: text.input.value, colour: picked.colour, category: picked.category }, text.input.value, message);
        text.input.value = "";
      };
    } else if (spec.kind === "weather") {
      box.appendChild(el("h2", T.weather));
      box.appendChild(choices(spec.choices, null, function (code) { picked.weather = code; }));
      var comment = field(T.comment, "input", spec.max, "weather-comment");
      box.appendChild(comment.wrap);
      send.id = "send-weather";
      send.onclick = function () {
        if (!picked.weather) { message.textContent = T.empty; return; }
        var chosen = spec.choices.filter(function (c) { return c.code === picked.weather; })[0];
        queue("weather", { uid: newUid(), weather: picked.weather, comment: comment.input.value }, word(chosen) + " " + comment.input.value, message);
      };
    } else {
      box.appendChild(el("h2", T.desert_island));
      var object = field(T.object, "input", 200, "object-name");
      var reason = field(T.reason, "textarea", spec.max, "object-reason");
      box.appendChild(object.wrap); box.appendChild(reason.wrap);
      send.id = "send-object";
      send.onclick = function () {
        if (!object.input.value.replace(/\s/g, "")) { message.textContent = T.empty; return; }
        queue("object", { uid: newUid(), object: object.input.value, reason: reason.input.value }, object.input.value, message);
        object.input.value = ""; reason.input.value = "";
      };
    }
    box.appendChild(send);
    box.appendChild(message);
    return box;
  }

  function said(entry) { return entry[lang] || entry.fr; }
  function evaluationQuestions(spec) {  // what is asked, without whether it was sent
    return [spec.quiz, spec.objectives, spec.criteria, spec.open_questions];
  }

  /* The evaluation form, the printed form's questions in the same order: the quiz, each
     objective, the satisfaction criteria, the comments. Sent again, it replaces. */
  function evaluationForm(spec) {
    var box = el("section");
    var ratings = {};
    var i;
    box.appendChild(el("h2", said(spec.title)));
    box.appendChild(el("p", said(spec.intro), "hint"));
    var name = field(said(spec.name), "input", spec.max_name, "evaluation-name");
    box.appendChild(name.wrap);
    var quiz = {};
    if (spec.quiz.length) {
      box.appendChild(el("h3", said(spec.quiz_title)));
      box.appendChild(el("p", said(spec.quiz_hint), "hint"));
    }
    for (i = 0; i < spec.quiz.length; i++) {
      (function (question) {
        box.appendChild(el("p", question.text, "question-text"));
        quiz[question.id] = [];
        for (var c = 0; c < question.choices.length; c++) {
          var label = el("label", null, "check");
          var tick = el("input");
          tick.type = "checkbox";
          tick.id = "quiz-" + question.id + "-" + c;
          tick.value = String(c);
          label.appendChild(tick);
          label.appendChild(document.createTextNode(question.choices[c]));
          box.appendChild(label);
          quiz[question.id].push(tick);
        }
      }(spec.quiz[i]));
    }
    function rated(entries, scale, title, hint) {
      if (!entries.length) { return; }
      box.appendChild(el("h3", said(title)));
      if (hint) { box.appendChild(el("p", said(hint), "hint")); }
      var levels = scale.map(function (s) { return { code: String(s.value), fr: s.value + " " + s.fr, en: s.value + " " + s.en }; });
      for (var r = 0; r < entries.length; r++) {
        (function (entry) {
          box.appendChild(el("label", entry.text ? said(entry.label) + " — " + entry.text : said(entry)));
          var row = choices(levels, null, function (code) { ratings[entry.key] = parseInt(code, 10); });
          row.className = "choices scale";
          row.id = "rating-" + entry.key.replace(":", "-");
          box.appendChild(row);
        }(entries[r]));
      }
    }
    rated(spec.objectives, spec.reached, spec.objectives_title, spec.objectives_hint);
    rated(spec.criteria, spec.scale, spec.satisfaction_title, null);
    box.appendChild(el("h3", said(spec.comments_title)));
    var comments = {};
    for (i = 0; i < spec.open_questions.length; i++) {
      var open = spec.open_questions[i];
      var area = field(said(open), "textarea", open.max, "comment-" + open.key);
      box.appendChild(area.wrap);
      comments[open.key] = area.input;
    }
    var send = el("button", T.send);
    send.type = "button";
    send.id = "send-evaluation";
    var message = el("p", "", "sent");
    var again = el("p", "", "hint");
    again.id = "evaluation-again";
    send.onclick = function () {
      var body = { uid: newUid(), name: name.input.value, ratings: {}, comments: {}, quiz: {} };
      var answered = false;
      var key;
      for (key in ratings) { if (ratings.hasOwnProperty(key)) { body.ratings[key] = ratings[key]; answered = true; } }
      for (key in comments) {
        if (comments.hasOwnProperty(key) && comments[key].value.replace(/\s/g, "")) { body.comments[key] = comments[key].value; answered = true; }
      }
      for (key in quiz) {
        if (quiz.hasOwnProperty(key)) {
          var chosen = [];
          for (var t = 0; t < quiz[key].length; t++) { if (quiz[key][t].checked) { chosen.push(t); } }
          if (chosen.length) { body.quiz[key] = chosen; answered = true; }
        }
      }
      if (!answered) { message.textContent = T.empty; return; }
      queue("evaluation", body, T.evaluation_sent, message);
      again.textContent = T.evaluation_again;
    };
    box.appendChild(send);
    box.appendChild(message);
    box.appendChild(again);
    return box;
  }

  function vote(spec) {
    var box = el("section");
    box.appendChild(el("h2", spec.title || T[spec.kind === "dot_vote" ? "dots" : spec.kind]));
    if (spec.kind === "hands") {
      box.appendChild(choices(spec.choices, spec.mine, function (code) {
        queue("hand", { session: spec.session, choice: code }, null);
      }));
      return box;
    }
    var mineHere = dots[spec.session] || (dots[spec.session] = {});
    var left = el("p");
    function remaining() {
      var used = 0;
      for (var key in mineHere) { if (mineHere.hasOwnProperty(key)) { used += mineHere[key]; } }
      left.textContent = (spec.dots - used) + " " + T.dots_left;
      return spec.dots - used;
    }
    var round = 0;
    if (spec.kind === "score" && spec.rounds > 1) {
      var rounds = [];
      for (var r = 0; r < spec.rounds; r++) { rounds.push({ code: String(r), fr: T.round + " " + (r + 1), en: T.round + " " + (r + 1) }); }
      box.appendChild(choices(rounds, "0", function (code) { round = parseInt(code, 10); }));
    }
    for (var i = 0; i < spec.options.length; i++) {
      (function (option) {
        var row = el("div", null, "option");
        if (option.colour) { row.style.borderLeftColor = option.colour; }
        row.appendChild(el("div", option.text, "card"));
        if (option.author) { row.appendChild(el("div", option.author, "author")); }
        if (spec.kind === "dot_vote") {
          var count = el("span", String(mineHere[option.key] || 0), "count");
          var minus = el("button", "−"); var plus = el("button", "+");
          minus.type = plus.type = "button";
          plus.className = "plus";
          function set(n) {
            mineHere[option.key] = n; count.textContent = String(n); remaining();
            queue("dots", { session: spec.session, option: option.key, count: n }, null);
          }
          plus.onclick = function () {
            var n = (mineHere[option.key] || 0) + 1;
            if (remaining() <= 0 || (spec.max_per_card && n > spec.max_per_card)) { return; }
            set(n);
          };
          minus.onclick = function () { var n = (mineHere[option.key] || 0) - 1; if (n >= 0) { set(n); } };
          row.appendChild(count); row.appendChild(minus); row.appendChild(plus);
        } else {
          var levels = [];
          for (var v = spec.min; v <= spec.max; v++) { levels.push({ code: String(v), fr: String(v), en: String(v) }); }
          row.appendChild(choices(levels, null, function (code) {
            queue("score", { session: spec.session, option: option.key, value: parseInt(code, 10), round: round }, null);
          }));
        }
        box.appendChild(row);
      }(spec.options[i]));
    }
    if (spec.kind === "dot_vote") { box.appendChild(left); remaining(); }
    return box;
  }

  function queue(what, body, shown, message) {
    var entry = { what: what, body: body, shown: shown, uid: body.uid || null };
    if (message && entry.uid) { message.textContent = T.pending; waiting[entry.uid] = message; }
    if (!entry.uid) {  // a vote: only the last choice for this option matters
      outbox = outbox.filter(function (e) {
        return !(e.what === what && e.body.session === body.session && e.body.option === body.option);
      });
    }
    outbox.push(entry);
    save("phone-outbox", outbox);

    if (shown) { mine.push({ text: shown, sent: false, uid: entry.uid }); save("phone-mine", mine); showMine(); }
    flush();
  }

  var flushing = false;
  function flush() {
    if (flushing || !outbox.length) { return; }
    flushing = true;
    var entry = outbox[0];
    call("POST", "/api/send/" + entry.what, entry.body, function () {
      outbox.shift(); save("phone-outbox", outbox);
      if (entry.uid && waiting[entry.uid]) { waiting[entry.uid].textContent = T.sent; delete waiting[entry.uid]; }
      for (var i = 0; i < mine.length; i++) { if (entry.uid && mine[i].uid === entry.uid) { mine[i].sent = true; } }
      save("phone-mine", mine); showMine();
      flushing = false; flush();
    }, function (code, answer) {
      flushing = false;
      if (code === 400 || code === 409 && answer.error !== "closed") {  // never storable: drop it, say why
        outbox.shift(); save("phone-outbox", outbox);
        for (var i = 0; i < mine.length; i++) { if (entry.uid && mine[i].uid === entry.uid) { mine.splice(i, 1); break; } }
        save("phone-mine", mine); showMine();
        status(T[answer.error] || T.refused, true);
        flush();
      } else if (code === 429) {
        status(T.slow_down, true); window.setTimeout(flush, 2000);
      } else {
        status(code === 409 ? T.closed : T.offline, true); window.setTimeout(flush, 5000);
      }
    });
  }

  function showMine() {
    var box = $("mine");
    box.innerHTML = "";
    $("mine-title").textContent = mine.length ? T.mine : "";
    for (var i = mine.length - 1; i >= 0 && i >= mine.length - 20; i--) {
      var card = el("div", mine[i].text, "card");
      card.appendChild(el("span", mine[i].sent ? "  " + T.sent : "  …", "sent"));
      box.appendChild(card);
    }
  }

  function listen() {
    if (!window.EventSource) { window.setInterval(refresh, 10000); return; }
    var source = new window.EventSource("/api/events");
    var timer = null;
    source.addEventListener("changed", function () {
      if (timer) { return; }
      timer = window.setTimeout(function () { timer = null; refresh(); }, 300);
    });
    source.onerror = function () { status(T.offline, true); };
  }

  refresh();
  listen();
}());
