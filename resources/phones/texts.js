/* The page's words in French and English; the workshop's language unless the phone's is English. */
var PHONE_TEXTS = {
  fr: {
    connected: "Connecté·e à l’atelier", closed: "La porte est fermée pour l’instant : vos envois attendent sur ce téléphone.",
    offline: "L’ordinateur ne répond pas : vos envois attendent sur ce téléphone.",
    waiting: "Rien n’est ouvert aux téléphones pour l’instant.",
    card: "Écrire une carte", your_card: "Votre carte", colour: "Couleur", category: "Colonne", send: "Envoyer",
    weather: "Votre météo", comment: "Un mot (facultatif)",
    desert_island: "Votre objet pour l’île déserte", object: "L’objet", reason: "Pourquoi",
    dots: "Vos gommettes", dots_left: "gommettes restantes", score: "Notez chaque idée", round: "Tour",
    hands: "Levez votre carton", mine: "Ce que vous avez envoyé", sent: "Envoyé ✓",
    pending: "En attente d’envoi", too_long: "Trop long : raccourcissez le texte.",
    empty: "Écrivez quelque chose d’abord.", slow_down: "Doucement : réessayez dans un instant.",
    refused: "Refusé", vote_closed: "Ce vote est fermé.", not_open: "Ce n’est pas ouvert en ce moment.",
    bad_request: "Envoi refusé.", phone: "Téléphone n°\u00a0",
    evaluation_again: "Vous pouvez corriger vos réponses et les renvoyer\u00a0: elles remplacent les précédentes.",
    evaluation_sent: "Questionnaire d’évaluation envoyé"
  },
  en: {
    connected: "Connected to the workshop", closed: "The door is closed for now: what you send waits on this phone.",
    offline: "The laptop cannot be reached: what you send waits on this phone.",
    waiting: "Nothing is open to phones right now.",
    card: "Write a card", your_card: "Your card", colour: "Colour", category: "Column", send: "Send",
    weather: "Your weather", comment: "A word (optional)",
    desert_island: "Your object for the desert island", object: "The object", reason: "Why",
    dots: "Your dots", dots_left: "dots left", score: "Score each idea", round: "Round",
    hands: "Raise your card", mine: "What you sent", sent: "Sent ✓",
    pending: "Waiting to be sent", too_long: "Too long: shorten the text.",
    empty: "Write something first.", slow_down: "Slow down: try again in a moment.",
    refused: "Refused", vote_closed: "This vote is closed.", not_open: "This is not open right now.",
    bad_request: "Refused.", phone: "Phone no. ",
    evaluation_again: "You may correct your answers and send them again: they replace the earlier ones.",
    evaluation_sent: "Evaluation form sent"
  }
};
