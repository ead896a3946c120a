/* The join form: the code from the QR code (?code=) or typed, a first name if one wishes.
   Plain ES5 and XMLHttpRequest: a five-year-old phone's browser runs it. */
(function () {
  "use strict";
  var en = (navigator.language || "fr").toLowerCase().indexOf("en") === 0;
  var T = en ? {
    title: "Join the workshop", code: "Code given in the room", name: "Your first name (optional)",
    go: "Enter", refused: "This code does not open the door. Check it with the facilitator.",
    offline: "The laptop cannot be reached. Are you on the room's Wi-Fi?"
  } : {
    title: "Rejoindre l’atelier", code: "Code donné dans la salle", name: "Votre prénom (facultatif)",
    go: "Entrer", refused: "Ce code n’ouvre pas la porte. Vérifiez-le avec l’animateur ou l’animatrice.",
    offline: "L’ordinateur ne répond pas. Êtes-vous sur le Wi-Fi de la salle ?"
  };
  function $(id) { return document.getElementById(id); }
  document.documentElement.lang = en ? "en" : "fr";
  $("title").textContent = T.title;
  $("code-label").textContent = T.code;
  $("name-label").textContent = T.name;
  $("go").textContent = T.go;
  var match = /[?&]code=([^&]*)/.exec(window.location.search);
  if (match) { $("code").value = decodeURIComponent(match[1]); }
  try { $("name").value = window.localStorage.getItem("phone-name") || ""; } catch (e) { /* private mode */ }
  $("join").onsubmit = function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", "/join");
    request.setRequestHeader("Content-Type", "application/json");
    request.onload = function () {
      if (request.status === 200) {
        var answer = JSON.parse(request.responseText);
        try {
          window.localStorage.setItem("phone-token", answer.token);
          window.localStorage.setItem("phone-name", $("name").value);
        } catch (e) { /* the cookie carries the token too */ }
        window.location.replace("/app");
      } else {
        $("message").textContent = T.refused;
      }
    };
    request.onerror = function () { $("message").textContent = T.offline; };
    request.send(JSON.stringify({ code: $("code").value, name: $("name").value }));
  };
}());
