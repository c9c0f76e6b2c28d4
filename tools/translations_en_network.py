"""English texts of the network screens (pooled demand, joint courses, follow-ups); merged with
tools/translations_en.py by tools/fill_translations.py. Same shape: SHARED, then BY_CONTEXT."""

from __future__ import annotations

SHARED: dict[str, str] = {
    "Kürzel": "Code",
    "Zielstufe": "Target level",
    "Personen": "People",
    "Betriebe": "Companies",
    "Katalog": "Catalogue",
    "Stand": "Status",
    "Maßnahme": "Measure",
    "Lücke": "Gap",
    "bestätigt": "confirmed",
    "vorgeschlagen": "proposed",
    "Verbundmaßnahmen": "Joint courses",
    "Nachgespräche": "Follow-ups",
    "Bedarf im Verbund": "Pooled demand",
    "{0}, Zielstufe {1}: {2} Personen aus {3} Betrieben": "{0}, target level {1}: {2} people from {3} companies",
}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "CourseDialog": {
        "Verbundmaßnahme bilden": "Form a joint course",
        "– noch auszuschreiben –": "– to be tendered –",
        "– kein Inhouse-Kurs –": "– no in-house course –",
        "&Titel:": "&Title:",
        "&Angebot:": "&Offer:",
        "&Inhouse-Kurs von:": "&In-house course of:",
        "&Mindestplätze:": "&Minimum seats:",
        "&Höchstplätze:": "Ma&ximum seats:",
        "&Stunden:": "&Hours:",
        "Gesamt&kosten (€):": "Total &cost (€):",
        "B&eginn:": "St&art:",
        "E&nde:": "E&nd:",
        "TT.MM.JJJJ": "DD.MM.YYYY",
        "Maßnahme und Träger nach AZAV zugelassen": "Measure and provider approved under AZAV",
    },
    "FollowUpsView": {
        "Nur &meine Nachgespräche ({0})": "Only &my follow-ups ({0})",
        "Nur &fällige": "Only &due",
        "Fällig am": "Due on",
        "Beraterin/Berater": "Advisor",
        "Vorher": "Before",
        "Soll": "Target",
        "Nachher": "After",
        "Kompetenz": "Competence",
        "Betrieb": "Company",
        "Vorher und nachher": "Before and after",
        "Nachgespräche nach abgeschlossenen Maßnahmen": "Follow-up interviews after completed measures",
        "Vorher/nachher der Kompetenzen, die die Maßnahme adressiert hat:": (
            "Before/after of the competences the measure addressed:"
        ),
        "erledigt": "done",
        "fällig": "due",
        "geplant": "scheduled",
        "geschlossen": "closed",
    },
    "JointCoursesView": {
        "Sicht": "View",
        "Plätze": "Seats",
        "Betrieb": "Company",
        "Größe": "Size",
        "Platz": "Seat",
        "Förderung (Schätzung)": "Funding (estimate)",
        "Mögliche Teilnehmende": "Possible participants",
        "Platz &vorschlagen": "Pr&opose seat",
        "&Platz bestätigen": "Confirm se&at",
        "Neuer Stand": "New status",
        "Stand &setzen": "Set stat&us",
        "S&icht:": "Sho&w as:",
        "Plätze:": "Seats:",
        "Mögliche Teilnehmende (Lücke, Einwilligung in Zweck 3):": "Possible participants (gap, consent to purpose 3):",
        "Koordinierungsstelle (alle Betriebe)": "Coordination office (all companies)",
        "Sicht des Betriebs {0}": "As seen by {0}",
        "{0}\n{1} · {2}/{3} Plätze bestätigt (mind. {4})": "{0}\n{1} · {2}/{3} seats confirmed (min. {4})",
        "Noch keine Verbundmaßnahme. Im Reiter „Bedarf im Verbund“ eine Zelle wählen und Strg+Umschalt+N drücken.": (
            "No joint course yet. Pick a cell on the “Pooled demand” tab and press Ctrl+Shift+N."
        ),
        "noch auszuschreiben": "to be tendered",
        "Angebot": "offer",
        "Stand: {0} · Anbieter: {1}": "Status: {0} · Provider: {1}",
        "Plätze: {0} vergeben, {1} bestätigt, mindestens {2}, höchstens {3}": (
            "Seats: {0} taken, {1} confirmed, at least {2}, at most {3}"
        ),
        "Kosten gesamt {0}, je Platz {1}; {2} Stunden; Beginn {3}": "Total cost {0}, per seat {1}; {2} hours; start {3}",
        "Inhouse-Kurs von {0}, für den Verbund geöffnet": "In-house course of {0}, opened to the network",
        "Andere Betriebe: {0} Plätze aus {1} Betrieben (nur als Anzahl)": (
            "Other companies: {0} seats from {1} companies (counts only)"
        ),
        "{0} = {1} (Schätzung, {2})": "{0} = {1} (estimate, {2})",
    },
    "PoolView": {
        "Gebündelter Bedarf im Verbund": "Pooled demand in the network",
        "Personen mit einer Lücke je Kompetenz und Zielstufe, mit der Zahl ihrer Betriebe. Gezählt werden nur Personen, die der pseudonymisierten Nutzung im Verbund zugestimmt haben.": (
            "People with a gap per competence and target level, with the number of their companies. Only "
            "people who consented to the pseudonymised use in the network are counted."
        ),
        "Region": "Region",
        "Größenklasse": "Size band",
        "alle Größen": "all sizes",
        "Verbundmaßnahme b&ilden …": "Form &joint course …",
        "&Region:": "&Region:",
        "&Größe:": "&Size:",
        "Heatmap: Kompetenzen × Zielstufen": "Heat map: competences × target levels",
        "Tabelle des gebündelten Bedarfs": "Table of the pooled demand",
        "alle Regionen": "all regions",
        "Stufe {0}": "Level {0}",
        "{0} P. / {1} B.": "{0} p. / {1} c.",
        "Kompetenz": "Competence",
    },
}
