<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptPayment</name>
    <message>
        <source>Payment accepted — issuing the tickets…</source>
        <extracomment>The sale engine; None until the till is open. Whether staff may accept (not on a kiosk, where the customer is the one looking). The sale whose payment is being accepted. The open confirmation box, kept alive until it closes. The settle section: with a staff name and a reason given there, accepting is journalled as their decision (`ResolutionAction.ISSUE_ANYWAY`).</extracomment>
        <translation>Zahlung angenommen — Tickets werden ausgestellt…</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>Prüfen nötig — bitte diesen Verkauf prüfen</translation>
    </message>
    <message>
        <source>This sale did not finish normally.</source>
        <translation>Dieser Verkauf wurde nicht normal abgeschlossen.</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Bestellung: {order} — {total}</translation>
    </message>
    <message>
        <source>Invoice: {amount}</source>
        <translation>Rechnung: {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Erhalten: {amount}</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Noch offen: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice status: {status}</source>
        <translation>Status der BTCPay-Rechnung: {status}</translation>
    </message>
    <message>
        <source>What to do: nothing here. The rest is billed by sale {sale}.</source>
        <translation>Was zu tun ist: hier nichts. Der Rest wird mit Verkauf {sale} berechnet.</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Was zu tun ist: {advice}</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Zahlung annehmen und Tickets ausstellen</translation>
    </message>
    <message>
        <source>The payment is accepted; the tickets follow.</source>
        <translation>Die Zahlung ist angenommen; die Tickets folgen.</translation>
    </message>
    <message>
        <source>Started {when} · sale {sale}</source>
        <translation>Begonnen {when} · Verkauf {sale}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>BTCPay-Rechnung {invoice}</translation>
    </message>
    <message>
        <source>buyer {email}</source>
        <translation>Käufer {email}</translation>
    </message>
    <message>
        <source>The payment is being refunded. Let the customer scan the refund QR (or give them the printed slip) to claim it; nothing else is needed at the till.</source>
        <translation>Die Zahlung wird erstattet. Lassen Sie den Kunden den QR-Code der Erstattung scannen (oder geben Sie ihm den gedruckten Beleg), um sie abzuholen; an der Kasse ist sonst nichts nötig.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer to the refund was lost. Look for it in the store&apos;s pull payments in BTCPay before trying again.</source>
        <translation>Die Antwort von BTCPay zur Erstattung ging verloren. Suchen Sie die Erstattung in den Pull Payments des Stores in BTCPay, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; wait for its answer.</source>
        <translation>Bei BTCPay wurde eine Erstattung angefordert; warten Sie auf die Antwort.</translation>
    </message>
    <message>
        <source>Accept this payment?</source>
        <translation>Diese Zahlung annehmen?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the ticket now?</source>
        <translation>Die erhaltenen {received} für {order} ({total}) annehmen und das Ticket jetzt ausstellen?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the {count} tickets now?</source>
        <translation>Die erhaltenen {received} für {order} ({total}) annehmen und die {count} Tickets jetzt ausstellen?</translation>
    </message>
    <message>
        <source>Box Office marks the invoice settled in BTCPay; do not refund it afterwards.</source>
        <translation>Box Office markiert die Rechnung in BTCPay als beglichen; erstatten Sie sie danach nicht.</translation>
    </message>
    <message>
        <source>Accept and issue tickets</source>
        <translation>Annehmen und Tickets ausstellen</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>Marking the invoice settled in BTCPay…</source>
        <translation>Rechnung wird in BTCPay als beglichen markiert…</translation>
    </message>
    <message>
        <source>Not accepted: {error}</source>
        <translation>Nicht angenommen: {error}</translation>
    </message>
</context>
<context>
    <name>ApiKeys</name>
    <message>
        <source>API keys are kept in the system keyring ({backend}), never in the settings file.</source>
        <extracomment>The keys the dialog edits, in the order they are read and saved. What the keyring held when read (None: nothing, or the environment decides). The keys that come from environment variables, by secret name.</extracomment>
        <translation>API-Schlüssel werden im Schlüsselbund des Systems ({backend}) aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer ({backend}), so API keys cannot be saved here. Set {tickettailor} and {btcpay} in the environment that starts Box Office instead.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar ({backend}), daher können hier keine API-Schlüssel gespeichert werden. Setzen Sie stattdessen {tickettailor} und {btcpay} in der Umgebung, die Box Office startet.</translation>
    </message>
    <message>
        <source>Set by {variable}</source>
        <translation>Gesetzt durch {variable}</translation>
    </message>
    <message>
        <source>Comes from the environment variable {variable}; change it there.</source>
        <translation>Kommt aus der Umgebungsvariablen {variable}; ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({where}).</source>
        <translation>Im Schlüsselbund des Systems gespeichert ({where}).</translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in the system keyring ({where}).</source>
        <translation>Noch nicht gesetzt. Er wird im Schlüsselbund des Systems gespeichert ({where}).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}</source>
        <extracomment>A language asked for while a sale was being sold: switched to once it ends.</extracomment>
        <translation>Etwas ist schiefgelaufen: {error}</translation>
    </message>
</context>
<context>
    <name>AttractController</name>
    <message>
        <source>Touch to buy tickets</source>
        <extracomment>Cards per row: two side by side in landscape, one under the other in portrait. A card was touched: open this event&apos;s tickets. &quot;Touch to buy tickets&quot;: show the events. A language was chosen (its code): the kiosk speaks it from now on.</extracomment>
        <translation>Berühren, um Tickets zu kaufen</translation>
    </message>
    <message>
        <source>Welcome! Buy your tickets here.</source>
        <translation>Willkommen! Kaufen Sie hier Ihre Tickets.</translation>
    </message>
    <message>
        <source>No tickets on sale right now.</source>
        <translation>Derzeit keine Tickets im Verkauf.</translation>
    </message>
</context>
<context>
    <name>Buyer</name>
    <message>
        <source>enter an e-mail address</source>
        <translation>E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>remove the spaces</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <source>add an @ and a domain</source>
        <translation>ein @ und eine Domain ergänzen</translation>
    </message>
    <message>
        <source>use only one @</source>
        <translation>nur ein @ verwenden</translation>
    </message>
    <message>
        <source>add the name before the @</source>
        <translation>den Namen vor dem @ ergänzen</translation>
    </message>
    <message>
        <source>add a domain after the @</source>
        <translation>eine Domain nach dem @ ergänzen</translation>
    </message>
    <message>
        <source>this address is too long</source>
        <translation>diese Adresse ist zu lang</translation>
    </message>
    <message>
        <source>the part before the @ has a character that is not allowed</source>
        <translation>der Teil vor dem @ enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>the address has a character that is not allowed</source>
        <translation>die Adresse enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>the domain needs a dot, like example.com</source>
        <translation>die Domain braucht einen Punkt, etwa example.com</translation>
    </message>
    <message>
        <source>the domain after the @ is not valid</source>
        <translation>die Domain nach dem @ ist ungültig</translation>
    </message>
    <message>
        <source>the domain ending is not valid</source>
        <translation>die Domain-Endung ist ungültig</translation>
    </message>
    <message>
        <source>use at most {count} characters</source>
        <extracomment>Zero-width non-joiner and joiner: format characters, but ordinary parts of Persian and Indic spelling (&quot;مهران‌زاده&quot;) and of emoji sequences (unicode.org/faq/persian.html).</extracomment>
        <translation>höchstens {count} Zeichen verwenden</translation>
    </message>
    <message>
        <source>the name has a character that is not allowed</source>
        <translation>der Name enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>a name needs letters</source>
        <translation>ein Name braucht Buchstaben</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>Quantities must be whole numbers, zero or more.</source>
        <translation>Anzahlen müssen ganze Zahlen ab null sein.</translation>
    </message>
    <message>
        <source>{name} needs its access code first.</source>
        <translation>Für {name} brauchen Sie zuerst den Zugangscode.</translation>
    </message>
    <message>
        <source>One of the chosen tickets is no longer on sale.</source>
        <translation>Eines der gewählten Tickets ist nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>{name}: at least {count} per order.</source>
        <translation>{name}: mindestens {count} pro Bestellung.</translation>
    </message>
    <message>
        <source>{name}: only {count} left.</source>
        <translation>{name}: nur noch {count}.</translation>
    </message>
    <message>
        <source>{name}: at most {count} per order.</source>
        <translation>{name}: höchstens {count} pro Bestellung.</translation>
    </message>
    <message>
        <source>At most {count} tickets from {group} per order.</source>
        <translation>Höchstens {count} Tickets aus {group} pro Bestellung.</translation>
    </message>
    <message>
        <source>{name}: not on sale now.</source>
        <extracomment>A ticket type&apos;s reason for not being on sale as it reads after its name, by the reason&apos;s source: the catalogue&apos;s reasons begin with a capital, which the sentence does not.</extracomment>
        <translation>{name}: derzeit nicht im Verkauf.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}: ausverkauft.</translation>
    </message>
    <message>
        <source>{name}: not available.</source>
        <translation>{name}: nicht verfügbar.</translation>
    </message>
    <message>
        <source>{name}: {reason}.</source>
        <translation>{name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reserved seating — sell online</source>
        <extracomment>Ticket Tailor statuses shown without a code. Statuses that can be bought (a `locked` one only once unlocked).</extracomment>
        <translation>feste Sitzplätze — nur online</translation>
    </message>
    <message>
        <source>sales tax is added on top at Ticket Tailor&apos;s checkout; the door cannot charge it yet</source>
        <extracomment>Why an event with exclusive sales tax is refused (see `_tax_refusal`).</extracomment>
        <translation>die Umsatzsteuer wird erst im Checkout von Ticket Tailor aufgeschlagen; die Abendkasse kann sie noch nicht berechnen</translation>
    </message>
    <message>
        <source>online sales closed</source>
        <translation>Online-Verkauf geschlossen</translation>
    </message>
    <message>
        <source>Not on sale now</source>
        <extracomment>Why a ticket type cannot be bought now (`OfferedTicketType.unavailable_reason`).</extracomment>
        <translation>Derzeit nicht im Verkauf</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Only {count} left</source>
        <translation>Nur noch {count}</translation>
    </message>
    <message>
        <source>{count} event</source>
        <extracomment>The access code that unlocks a secret type (compared trimmed and case-insensitively). Ticket Tailor&apos;s own name, kept for staff screens when an override renames the type. A word for staff that does not stop the sale (&quot;online sales closed&quot;). Why nothing of this event can be sold at the door, when that is so.</extracomment>
        <translation>{count} Veranstaltung</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} Veranstaltungen</translation>
    </message>
    <message>
        <source>{count} ticket type</source>
        <translation>{count} Ticketart</translation>
    </message>
    <message>
        <source>{count} ticket types</source>
        <translation>{count} Ticketarten</translation>
    </message>
    <message>
        <source>{events} and {types}</source>
        <translation>{events} und {types}</translation>
    </message>
    <message>
        <source>{what} could not be read from Ticket Tailor (left out)</source>
        <translation>nicht aus Ticket Tailor lesbar (ausgelassen): {what}</translation>
    </message>
</context>
<context>
    <name>CatalogueSource</name>
    <message>
        <source>The event {event} selected in the settings does not exist in Ticket Tailor (any more).</source>
        <extracomment>Selected events fetched at once: a handful, well inside Ticket Tailor&apos;s rate limit.</extracomment>
        <translation>Die in den Einstellungen gewählte Veranstaltung {event} gibt es in Ticket Tailor nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Valid — admit {count}</source>
        <extracomment>Ticket Tailor refused for a reason of its own, or could not be asked and the door list does not know: nobody was admitted.</extracomment>
        <translation>Gültig — {count} einlassen</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Bereits eingecheckt</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by this till)</source>
        <translation>Bereits eingecheckt um {time} (an dieser Kasse)</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by till {till})</source>
        <translation>Bereits eingecheckt um {time} (an Kasse {till})</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Bereits eingecheckt um {time}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Unbekanntes Ticket</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Andere Veranstaltung</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>{name} · {ticket_type} · {barcode}</source>
        <translation>{name} · {ticket_type} · {barcode}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Barcode {barcode}</translation>
    </message>
    <message>
        <source>This ticket is for {event}.</source>
        <translation>Dieses Ticket gilt für {event}.</translation>
    </message>
    <message>
        <source>Do not admit: the ticket was cancelled.</source>
        <translation>Nicht einlassen: Das Ticket wurde storniert.</translation>
    </message>
    <message>
        <source>Not on the door list (Ticket Tailor cannot be reached to check).</source>
        <translation>Nicht auf der Einlassliste (Ticket Tailor ist zum Prüfen nicht erreichbar).</translation>
    </message>
    <message>
        <source>Checked against the door list: Ticket Tailor will be told when it can be reached.</source>
        <translation>Mit der Einlassliste geprüft: Ticket Tailor wird informiert, sobald es erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>CheckInController</name>
    <message>
        <source>Check-in unavailable</source>
        <extracomment>The result&apos;s tone stays this long, then fades to neutral (the words stay). The pulse: the tone blinks off and on this many times, this fast. A scanner types each key within this many seconds of the last (people are slower). Seconds between tries to send the queue while check-ins wait. The page has been shown: this till is a check-in desk (see `_start_if_needed`). The sound of a result (replaceable in tests; a machine without audio stays silent).</extracomment>
        <translation>Einlass nicht verfügbar</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>The till is not open yet.</source>
        <translation>Die Kasse ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>{checked} / {issued}</source>
        <translation>{checked} / {issued}</translation>
    </message>
    <message>
        <source>Waiting for the till to open</source>
        <translation>Warten auf das Öffnen der Kasse</translation>
    </message>
    <message>
        <source>Offline — {count} check-in waiting</source>
        <translation>Offline — {count} Check-in wartet</translation>
    </message>
    <message>
        <source>Offline — {count} check-ins waiting</source>
        <translation>Offline — {count} Check-ins warten</translation>
    </message>
    <message>
        <source>door list of {time}</source>
        <translation>Einlassliste von {time}</translation>
    </message>
    <message>
        <source>no door list yet</source>
        <translation>noch keine Einlassliste</translation>
    </message>
    <message>
        <source>{count} check-in waiting to be sent</source>
        <translation>{count} Check-in noch nicht gesendet</translation>
    </message>
    <message>
        <source>{count} check-ins waiting to be sent</source>
        <translation>{count} Check-ins noch nicht gesendet</translation>
    </message>
    <message>
        <source>Online — checked with Ticket Tailor</source>
        <translation>Online — mit Ticket Tailor geprüft</translation>
    </message>
    <message>
        <source>Connecting to Ticket Tailor…</source>
        <translation>Verbindung zu Ticket Tailor wird hergestellt…</translation>
    </message>
    <message>
        <source>{barcode} ({name}, here at {time})</source>
        <translation>{barcode} ({name}, hier um {time})</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{count} double admission: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} doppelter Einlass: hier offline und zusätzlich anderswo eingelassen: {tickets}.</translation>
    </message>
    <message>
        <source>{count} double admissions: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} doppelte Einlässe: hier offline und zusätzlich anderswo eingelassen: {tickets}.</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <source>{name}
{ticket_type} · {barcode} · {state}</source>
        <translation>{name}
{ticket_type} · {barcode} · {state}</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its barcode and Enter</source>
        <translation>Ticket scannen oder Barcode eingeben und Enter</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Bereit zum Scannen</translation>
    </message>
    <message>
        <source>Checked in / issued</source>
        <translation>Eingecheckt / ausgestellt</translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation>Ticket suchen</translation>
    </message>
    <message>
        <source>Name, e-mail or barcode</source>
        <translation>Name, E-Mail oder Barcode</translation>
    </message>
    <message>
        <source>Search the door list</source>
        <translation>Einlassliste durchsuchen</translation>
    </message>
    <message>
        <source>Matching tickets</source>
        <translation>Passende Tickets</translation>
    </message>
    <message>
        <source>Enter or a tap on a ticket checks it in.</source>
        <translation>Enter oder Tippen auf ein Ticket checkt es ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the API key first (an Admin key with “hide personal data” unticked).</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein (einen Admin-Schlüssel, bei dem „hide personal data“ nicht angehakt ist).</translation>
    </message>
    <message>
        <source>Enter the API key first, or press Connect to BTCPay.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein oder drücken Sie „Mit BTCPay verbinden“.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>{setting} {problem}.</source>
        <translation>„{setting}“ {problem}.</translation>
    </message>
    <message>
        <source>Enter the BTCPay Server address first.</source>
        <translation>Geben Sie zuerst die Adresse des BTCPay Servers ein.</translation>
    </message>
    <message>
        <source>Waiting for BTCPay: approve the key in the browser window that opened.</source>
        <translation>Warten auf BTCPay: Bestätigen Sie den Schlüssel im geöffneten Browserfenster.</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve the key: {address}</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und bestätigen Sie den Schlüssel: {address}</translation>
    </message>
    <message>
        <source>Could not wait for BTCPay&apos;s answer: {error}</source>
        <translation>Auf die Antwort von BTCPay konnte nicht gewartet werden: {error}</translation>
    </message>
    <message>
        <source>Connected: BTCPay sent a new API key. Press Save to keep it.</source>
        <translation>Verbunden: BTCPay hat einen neuen API-Schlüssel gesendet. Drücken Sie „Speichern“, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>BTCPay allowed {count} stores; the first is used.</source>
        <translation>BTCPay hat {count} Stores freigegeben; der erste wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Reading the keyring…</source>
        <extracomment>The declared settings this page edits (the rest are on the pages built from declarations). A finding&apos;s mark and tone; the tone&apos;s colour is the theme&apos;s (`painted_colours`).</extracomment>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Ticket Tailor</source>
        <translation>Ticket Tailor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ticket Tailor address</source>
        <translation>Adresse von Ticket Tailor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Ticket Tailor API key</source>
        <translation>API-Schlüssel von Ticket Tailor</translation>
    </message>
    <message>
        <source>Use an Admin API key with “hide personal data” unticked (Ticket Tailor: Box office settings, API, Generate a new key). It starts with sk_.</source>
        <translation>Verwenden Sie einen Admin-API-Schlüssel, bei dem „hide personal data“ nicht angehakt ist (Ticket Tailor: Box office settings, API, Generate a new key). Er beginnt mit sk_.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>BTCPay Server</source>
        <translation>BTCPay Server</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Adresse des BTCPay Servers</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>Store-ID</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>BTCPay-Store-ID</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>BTCPay-API-Schlüssel</translation>
    </message>
    <message>
        <source>Connect to BTCPay…</source>
        <translation>Mit BTCPay verbinden…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Connect opens BTCPay in your browser and asks for a key that may only view the store&apos;s settings, create invoices and change invoices (plus modify store settings when tickets are e-mailed). Pick the store there.</source>
        <translation>„Verbinden“ öffnet BTCPay in Ihrem Browser und fragt nach einem Schlüssel, der nur die Einstellungen des Stores sehen, Rechnungen erstellen und Rechnungen ändern darf (und Store-Einstellungen ändern, wenn Tickets gemailt werden). Wählen Sie dort den Store.</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>Demo till</source>
        <translation>Demo-Kasse</translation>
    </message>
</context>
<context>
    <name>DemoWallet</name>
    <message>
        <source>Demo wallet — pretend bitcoin</source>
        <translation>Demo-Wallet — Spielgeld-Bitcoin</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Demo-Wallet</translation>
    </message>
    <message>
        <source>Pays the invoice on the till&apos;s screen. No real money is involved.</source>
        <translation>Bezahlt die Rechnung auf dem Bildschirm der Kasse. Es fließt kein echtes Geld.</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Pay in full</source>
        <translation>Vollständig bezahlen</translation>
    </message>
    <message>
        <source>Pay half</source>
        <translation>Die Hälfte bezahlen</translation>
    </message>
    <message>
        <source>Pay too much (+50%)</source>
        <translation>Zu viel bezahlen (+50 %)</translation>
    </message>
    <message>
        <source>Confirm on-chain</source>
        <translation>On-chain bestätigen</translation>
    </message>
    <message>
        <source>Let it expire</source>
        <translation>Ablaufen lassen</translation>
    </message>
    <message>
        <source>No invoice to pay. Start a sale on the till first.</source>
        <translation>Keine Rechnung zu bezahlen. Beginnen Sie zuerst einen Verkauf an der Kasse.</translation>
    </message>
    <message>
        <source>The invoice is gone.</source>
        <translation>Die Rechnung ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Invoice {invoice}: {status}</source>
        <translation>Rechnung {invoice}: {status}</translation>
    </message>
    <message>
        <source>Due: {due} ({amount} {currency})</source>
        <translation>Fällig: {due} ({amount} {currency})</translation>
    </message>
    <message>
        <source>This invoice cannot be paid by {method}.</source>
        <translation>Diese Rechnung kann nicht per {method} bezahlt werden.</translation>
    </message>
    <message>
        <source>The wallet could not pay: {error}</source>
        <translation>Die Wallet konnte nicht bezahlen: {error}</translation>
    </message>
    <message>
        <source>Paid {amount} by {method}.</source>
        <translation>{amount} per {method} bezahlt.</translation>
    </message>
    <message>
        <source>Could not confirm: {error}</source>
        <translation>Bestätigen nicht möglich: {error}</translation>
    </message>
    <message>
        <source>The on-chain payment is confirmed.</source>
        <translation>Die On-chain-Zahlung ist bestätigt.</translation>
    </message>
    <message>
        <source>Could not expire the invoice: {error}</source>
        <translation>Die Rechnung konnte nicht ablaufen: {error}</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>Die Rechnung ist abgelaufen.</translation>
    </message>
    <message>
        <source>on-chain</source>
        <translation>On-chain</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>defaults (no settings file yet)</source>
        <translation>Standardwerte (noch keine Einstellungsdatei)</translation>
    </message>
    <message>
        <source>not made yet (made at the first sale)</source>
        <translation>noch nicht vergeben (wird beim ersten Verkauf vergeben)</translation>
    </message>
    <message>
        <source>read from {where}; till ID {device}</source>
        <translation>gelesen aus {where}; Kassen-ID {device}</translation>
    </message>
    <message>
        <source>cannot create the Box Office folders: {error}</source>
        <translation>die Ordner von Box Office lassen sich nicht anlegen: {error}</translation>
    </message>
    <message>
        <source>the settings folder {folder} is not writable; fix its owner</source>
        <translation>der Einstellungsordner {folder} ist nicht beschreibbar; korrigieren Sie seinen Eigentümer</translation>
    </message>
    <message>
        <source>the journal folder {folder} is not writable; fix its owner</source>
        <translation>der Journalordner {folder} ist nicht beschreibbar; korrigieren Sie seinen Eigentümer</translation>
    </message>
    <message>
        <source>{file} can be read by other users (mode {mode}); run: chmod 600 {file}</source>
        <translation>{file} ist für andere Benutzer lesbar (Modus {mode}); ausführen: chmod 600 {file}</translation>
    </message>
    <message>
        <source>the journal {path} cannot be opened: {error}</source>
        <translation>das Journal {path} lässt sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>{record}; run boxoffice reconcile</source>
        <translation>{record}; führen Sie boxoffice reconcile aus</translation>
    </message>
    <message>
        <source>not set: enter it in the settings dialog, or set {variable}. {help}</source>
        <translation>nicht gesetzt: Geben Sie ihn in den Einstellungen ein oder setzen Sie {variable}. {help}</translation>
    </message>
    <message>
        <source>found from {variable}</source>
        <translation>gefunden in {variable}</translation>
    </message>
    <message>
        <source>found from the keyring ({keyring})</source>
        <translation>gefunden im Schlüsselbund ({keyring})</translation>
    </message>
    <message>
        <source>no address set (BOXOFFICE_TICKETTAILOR_URL)</source>
        <translation>keine Adresse gesetzt (BOXOFFICE_TICKETTAILOR_URL)</translation>
    </message>
    <message>
        <source>the selected event {event} does not exist; remove it from the events sold at this door</source>
        <translation>die gewählte Veranstaltung {event} existiert nicht; entfernen Sie sie aus den an dieser Kasse verkauften Veranstaltungen</translation>
    </message>
    <message>
        <source>the API key was refused; create a new one in Ticket Tailor (Box office settings, API) and enter it in the settings</source>
        <translation>der API-Schlüssel wurde abgelehnt; erstellen Sie in Ticket Tailor einen neuen (Box office settings, API) und geben Sie ihn in den Einstellungen ein</translation>
    </message>
    <message>
        <source>the request was blocked or failed before reaching Ticket Tailor (HTTP {status}, a firewall or proxy page such as Cloudflare&apos;s); the API key is not the problem — try again later or from another network</source>
        <translation>die Anfrage wurde blockiert oder ist gescheitert, bevor sie Ticket Tailor erreichte (HTTP {status}, eine Firewall- oder Proxy-Seite wie die von Cloudflare); am API-Schlüssel liegt es nicht — versuchen Sie es später oder aus einem anderen Netzwerk erneut</translation>
    </message>
    <message>
        <source>the API key may not read events ({detail})</source>
        <translation>der API-Schlüssel darf keine Veranstaltungen lesen ({detail})</translation>
    </message>
    <message>
        <source>connected, but no event is on sale: publish one, or check the events selected in the settings</source>
        <translation>verbunden, aber keine Veranstaltung ist im Verkauf: Veröffentlichen Sie eine oder prüfen Sie die in den Einstellungen gewählten Veranstaltungen</translation>
    </message>
    <message>
        <source>connected; {count} event(s), none has tickets left</source>
        <translation>verbunden; {count} Veranstaltung(en), keine hat noch Tickets</translation>
    </message>
    <message>
        <source>connected; on sale: {names}</source>
        <translation>verbunden; im Verkauf: {names}</translation>
    </message>
    <message>
        <source>{unreadable}; the log names them</source>
        <translation>{unreadable}; das Protokoll nennt sie</translation>
    </message>
    <message>
        <source>{event}: {count} ticket type(s) use reserved seating ({names}); the API cannot issue seated tickets, so they are shown but sold online only</source>
        <translation>{event}: {count} Ticketart(en) mit festen Sitzplätzen ({names}); die API kann keine Sitzplatztickets ausstellen, daher werden sie angezeigt, aber nur online verkauft</translation>
    </message>
    <message>
        <source>{event} is not sold at this door: {reason}</source>
        <translation>{event} wird an dieser Kasse nicht verkauft: {reason}</translation>
    </message>
    <message>
        <source>{event} is priced in {currency}: Box Office takes Ticket Tailor&apos;s prices as 1/{units} {currency}, which has not been confirmed for this currency; check one price against the dashboard before selling</source>
        <translation>{event} hat Preise in {currency}: Box Office liest die Preise von Ticket Tailor als 1/{units} {currency}, was für diese Währung nicht bestätigt ist; vergleichen Sie vor dem Verkauf einen Preis mit dem Dashboard</translation>
    </message>
    <message>
        <source>the API key hides personal data (names and e-mails come back as &quot;****&quot;): tickets sold here are unaffected, but buyers of online orders cannot be looked up by name or e-mailed; untick &quot;hide personal data&quot; on the key (Box office settings, API)</source>
        <translation>der API-Schlüssel verbirgt persönliche Daten (Namen und E-Mails kommen als „****“ zurück): Hier verkaufte Tickets sind nicht betroffen, aber Käufer von Online-Bestellungen lassen sich weder nach Namen finden noch anmailen; entfernen Sie beim Schlüssel den Haken bei „hide personal data“ (Box office settings, API)</translation>
    </message>
    <message>
        <source>create invoices</source>
        <translation>Rechnungen erstellen</translation>
    </message>
    <message>
        <source>view invoices</source>
        <translation>Rechnungen ansehen</translation>
    </message>
    <message>
        <source>modify invoices (to cancel them and note the tickets)</source>
        <translation>Rechnungen ändern (um sie abzubrechen und die Tickets zu vermerken)</translation>
    </message>
    <message>
        <source>BTCPay permissions</source>
        <translation>BTCPay-Berechtigungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>the {setting} is not set ({variable})</source>
        <translation>„{setting}“ ist nicht gesetzt ({variable})</translation>
    </message>
    <message>
        <source>the API key was refused; create one in BTCPay (Account, API keys) and enter it in the settings</source>
        <translation>der API-Schlüssel wurde abgelehnt; erstellen Sie einen in BTCPay (Account, API keys) und geben Sie ihn in den Einstellungen ein</translation>
    </message>
    <message>
        <source>connected to BTCPay Server {version}</source>
        <translation>verbunden mit BTCPay Server {version}</translation>
    </message>
    <message>
        <source>connected to BTCPay Server</source>
        <translation>verbunden mit BTCPay Server</translation>
    </message>
    <message>
        <source>connected, but the server is not fully synched with the Bitcoin network; payments may be seen late</source>
        <translation>verbunden, aber der Server ist nicht vollständig mit dem Bitcoin-Netzwerk synchronisiert; Zahlungen werden eventuell verspätet erkannt</translation>
    </message>
    <message>
        <source>cannot read the API key&apos;s permissions: {detail}</source>
        <translation>die Berechtigungen des API-Schlüssels lassen sich nicht lesen: {detail}</translation>
    </message>
    <message>
        <source>the API key may not {what} in store {store} ({permission}); create a key with that permission</source>
        <translation>der API-Schlüssel hat im Store {store} keine Berechtigung für „{what}“ ({permission}); erstellen Sie einen Schlüssel mit dieser Berechtigung</translation>
    </message>
    <message>
        <source>store “{name}” ({currency})</source>
        <translation>Store „{name}“ ({currency})</translation>
    </message>
    <message>
        <source>the key lists that permission, but your role in the store does not have it</source>
        <translation>der Schlüssel nennt diese Berechtigung, aber Ihre Rolle im Store hat sie nicht</translation>
    </message>
    <message>
        <source>the key lacks that permission</source>
        <translation>dem Schlüssel fehlt diese Berechtigung</translation>
    </message>
    <message>
        <source>the API key may not view the settings of store {store} ({permission}: {why}); selling works, but the till cannot show the store&apos;s name or check its settings</source>
        <translation>der API-Schlüssel darf die Einstellungen von Store {store} nicht ansehen ({permission}: {why}); der Verkauf funktioniert, aber die Kasse kann weder den Namen des Stores anzeigen noch seine Einstellungen prüfen</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General); this key is for store {others}</source>
        <translation>Store „{store}“ wurde nicht gefunden, oder dieser Schlüssel ist für diesen Store nicht zugelassen — prüfen Sie die Store-ID (in BTCPay: Store settings, General); dieser Schlüssel gilt für Store {others}</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General)</source>
        <translation>Store „{store}“ wurde nicht gefunden, oder dieser Schlüssel ist für diesen Store nicht zugelassen — prüfen Sie die Store-ID (in BTCPay: Store settings, General)</translation>
    </message>
    <message>
        <source>tickets cannot be e-mailed: the API key lacks {permission} (or, before BTCPay 2.4.0, {older}). Grant it, or turn off “E-mail the tickets to the buyer”</source>
        <translation>Tickets können nicht gemailt werden: Dem API-Schlüssel fehlt {permission} (oder, vor BTCPay 2.4.0, {older}). Erteilen Sie die Berechtigung oder schalten Sie „Tickets an den Käufer mailen“ aus</translation>
    </message>
    <message>
        <source>the key may hand e-mails to BTCPay, but cannot check the store&apos;s SMTP settings (that needs {permission}); make sure SMTP is set up in BTCPay (Store settings, Emails), or the tickets may not be sent</source>
        <translation>der Schlüssel darf E-Mails an BTCPay übergeben, kann aber die SMTP-Einstellungen des Stores nicht prüfen (dafür ist {permission} nötig); stellen Sie sicher, dass SMTP in BTCPay eingerichtet ist (Store settings, Emails), sonst werden die Tickets eventuell nicht gesendet</translation>
    </message>
    <message>
        <source>could not check the store&apos;s e-mail (SMTP) settings ({detail}); make sure they are set in BTCPay (Store settings, Emails)</source>
        <translation>die E-Mail-Einstellungen (SMTP) des Stores ließen sich nicht prüfen ({detail}); stellen Sie sicher, dass sie in BTCPay gesetzt sind (Store settings, Emails)</translation>
    </message>
    <message>
        <source>tickets are e-mailed from {sender} (store SMTP)</source>
        <translation>Tickets werden von {sender} gemailt (SMTP des Stores)</translation>
    </message>
    <message>
        <source>the store&apos;s SMTP is not configured, so ticket e-mails may not be sent (BTCPay accepts them anyway, and sends them only if the server&apos;s own SMTP may be used). Set it up in BTCPay (Store settings, Emails), or turn off “E-mail the tickets to the buyer”</source>
        <translation>das SMTP des Stores ist nicht eingerichtet, daher werden Ticket-E-Mails eventuell nicht gesendet (BTCPay nimmt sie trotzdem an und sendet sie nur, wenn das SMTP des Servers genutzt werden darf). Richten Sie es in BTCPay ein (Store settings, Emails) oder schalten Sie „Tickets an den Käufer mailen“ aus</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>on-chain bitcoin</source>
        <translation>On-chain-Bitcoin</translation>
    </message>
    <message>
        <source>the server does not offer {method}, which the settings allow; set it up in BTCPay or remove it from the payment methods</source>
        <translation>der Server bietet {method} nicht an, obwohl die Einstellungen es erlauben; richten Sie es in BTCPay ein oder entfernen Sie es aus den Zahlungsarten</translation>
    </message>
    <message>
        <source>cannot read store {store}: {detail}</source>
        <translation>Store {store} lässt sich nicht lesen: {detail}</translation>
    </message>
    <message>
        <source>Ticket Tailor</source>
        <extracomment>The subjects of the services&apos; findings (the others are named where they are checked).</extracomment>
        <translation>Ticket Tailor</translation>
    </message>
    <message>
        <source>BTCPay</source>
        <translation>BTCPay</translation>
    </message>
    <message>
        <source>cannot be used: {detail}; check the address {url}</source>
        <extracomment>Doctor&apos;s own timeout: a check should answer quickly or report the service as slow. How a check reports a finding: (status, subject, message).</extracomment>
        <translation>nicht nutzbar: {detail}; prüfen Sie die Adresse {url}</translation>
    </message>
    <message>
        <source>refunds from the till need the API key&apos;s permission {permission} (“Create non-approved pull payments”; “Create pull payments” includes it and also lets the customer claim the refund at once). Without it, refund in BTCPay itself.</source>
        <extracomment>`POST /api/v1/stores/{storeId}/email/send` needs `cansendstoreemails` from 2.4.0 on, which `canmodifystoresettings` includes; servers before 2.4.0 need `canmodifystoresettings` itself (BTCPay Server source, GreenfieldStoreEmailController.cs; the OpenAPI document still names the old policy). A key with either is accepted for sending. Reading the store&apos;s SMTP settings (`GET .../email`) needs this on every version: a key that may only send cannot tell whether the store has SMTP. `POST .../invoices/{invoiceId}/refund` (and `GET .../refund/{paymentMethodId}`) need `cancreatenonapprovedpullpayments` from 1.13.7 on; the OpenAPI document names `cancreatepullpayments`, which includes it (GreenfieldInvoiceController.cs `RefundInvoice`). Optional: a till sells without it, and only refunds from the till are refused. With this one as well, the customer&apos;s claim of a refund in bitcoin is approved at once; with only `REFUND_PERMISSION` (the Employee role&apos;s level) someone approves it in BTCPay. Listing the store&apos;s pull payments (`GET .../pull-payments`): how a refund whose answer was lost is found again. `canviewstoresettings`, which a till is paired with, includes it. Permissions a till may do without: each with the words that say what it is for and what is lost without it (for the doctor and for a refused refund). Never required for selling.</extracomment>
        <translation>Erstattungen an der Kasse brauchen die Berechtigung {permission} des API-Schlüssels („Create non-approved pull payments“; „Create pull payments“ schließt sie ein und lässt den Kunden die Erstattung sofort abholen). Ohne sie erstatten Sie in BTCPay selbst.</translation>
    </message>
</context>
<context>
    <name>EmailNote</name>
    <message>
        <source>Handing the tickets to BTCPay for e-mail…</source>
        <translation>Tickets werden an BTCPay zum Mailen übergeben…</translation>
    </message>
    <message>
        <source>The tickets were handed to BTCPay for e-mail before; use E-mail again in Recent sales if the customer has nothing.</source>
        <extracomment>The tickets were handed to BTCPay for e-mail before (never sent twice on its own).</extracomment>
        <translation>Die Tickets wurden bereits an BTCPay zum Mailen übergeben; nutzen Sie „Erneut mailen“ unter „Letzte Verkäufe“, falls der Kunde nichts erhalten hat.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off.</source>
        <extracomment>Ticket e-mails are turned off in the settings.</extracomment>
        <translation>Ticket-E-Mails sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>No e-mail address was given.</source>
        <extracomment>The buyer gave no address.</extracomment>
        <translation>Es wurde keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>Not sent: the BTCPay API key lacks the permission {permission}.</source>
        <translation>Nicht gesendet: Dem BTCPay-API-Schlüssel fehlt die Berechtigung {permission}.</translation>
    </message>
    <message>
        <source>Not sent: {detail}</source>
        <translation>Nicht gesendet: {detail}</translation>
    </message>
    <message>
        <source>BTCPay did not confirm it took the e-mail ({detail}); it may have been sent. Ask the customer before using E-mail again.</source>
        <translation>BTCPay hat die Übernahme der E-Mail nicht bestätigt ({detail}); sie wurde eventuell trotzdem gesendet. Fragen Sie den Kunden, bevor Sie „Erneut mailen“ verwenden.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{service} did not accept the API key. Check it in Settings.</source>
        <translation>{service} hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn in den Einstellungen.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this ({permission}). Give the key that permission, or connect again from Settings.</source>
        <translation>Der API-Schlüssel von {service} darf das nicht ({permission}). Geben Sie dem Schlüssel diese Berechtigung oder verbinden Sie sich in den Einstellungen neu.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this. Give the key that permission, or connect again from Settings.</source>
        <translation>Der API-Schlüssel von {service} darf das nicht. Geben Sie dem Schlüssel diese Berechtigung oder verbinden Sie sich in den Einstellungen neu.</translation>
    </message>
    <message>
        <source>The request was blocked or failed before reaching {service} (HTTP {status}). The API key is not the problem; try again later or from another network.</source>
        <translation>Die Anfrage wurde blockiert oder ist gescheitert, bevor sie {service} erreichte (HTTP {status}). Am API-Schlüssel liegt es nicht; versuchen Sie es später oder aus einem anderen Netzwerk erneut.</translation>
    </message>
    <message>
        <source>{service} cannot be reached right now ({detail}). Check the network and try again.</source>
        <translation>{service} ist gerade nicht erreichbar ({detail}). Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{service} sent an answer Box Office does not understand ({detail}). Check the address in Settings.</source>
        <translation>{service} hat eine Antwort gesendet, die Box Office nicht versteht ({detail}). Prüfen Sie die Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>{service}: {detail}</source>
        <translation>{service}: {detail}</translation>
    </message>
    <message>
        <source>{service} refused: {detail}</source>
        <translation>{service} hat abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The request took too long. Check the network and try again.</source>
        <translation>Die Anfrage hat zu lange gedauert. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}).</source>
        <translation>Unerwarteter Fehler ({kind}).</translation>
    </message>
    <message>
        <source>{service}&apos;s request limit is reached until {time}. Try again then.</source>
        <translation>Das Anfragelimit von {service} ist bis {time} erreicht. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait for {seconds} seconds and try again.</source>
        <translation>{service} bittet um weniger Anfragen; warten Sie {seconds} Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait and try again.</source>
        <translation>{service} bittet um weniger Anfragen; warten Sie kurz und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>EventChoice</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>The account&apos;s published events, by start time, once loaded. The ids ticked, in the order they were ticked.</extracomment>
        <translation>„{setting}“ {problem}.</translation>
    </message>
    <message>
        <source>Enter the Ticket Tailor address and API key first.</source>
        <translation>Geben Sie zuerst die Adresse und den API-Schlüssel von Ticket Tailor ein.</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Veranstaltungen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the events: {error}</source>
        <translation>Die Veranstaltungen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>{count} published event in Ticket Tailor.</source>
        <translation>{count} veröffentlichte Veranstaltung in Ticket Tailor.</translation>
    </message>
    <message>
        <source>{count} published events in Ticket Tailor.</source>
        <translation>{count} veröffentlichte Veranstaltungen in Ticket Tailor.</translation>
    </message>
    <message>
        <source>marked unavailable</source>
        <translation>als nicht verfügbar markiert</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>nicht im Verkauf</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>{event} (not found among the published events)</source>
        <translation>{event} (nicht unter den veröffentlichten Veranstaltungen)</translation>
    </message>
</context>
<context>
    <name>EventChoicePage</name>
    <message>
        <source>Tick the events sold at this till. With none ticked, every published event with tickets on sale is offered.</source>
        <translation>Haken Sie die Veranstaltungen an, die an dieser Kasse verkauft werden. Ist keine angehakt, wird jede veröffentlichte Veranstaltung mit Tickets im Verkauf angeboten.</translation>
    </message>
    <message>
        <source>Load events from Ticket Tailor</source>
        <translation>Veranstaltungen von Ticket Tailor laden</translation>
    </message>
    <message>
        <source>Events sold at this till</source>
        <translation>An dieser Kasse verkaufte Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>Box Office is not set up yet.
Open Settings to connect Ticket Tailor and BTCPay.</source>
        <extracomment>A refresh failed (the exception): a kiosk goes out of order on it. A refresh succeeded (the catalogue), even when nothing changed.</extracomment>
        <translation>Box Office ist noch nicht eingerichtet.
Öffnen Sie die Einstellungen, um Ticket Tailor und BTCPay zu verbinden.</translation>
    </message>
    <message>
        <source>Last known list</source>
        <translation>Zuletzt bekannte Liste</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Veranstaltungen werden geladen…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Could not update the events: {reason} Showing the last known list.</source>
        <translation>Die Veranstaltungen konnten nicht aktualisiert werden: {reason} Die zuletzt bekannte Liste wird angezeigt.</translation>
    </message>
    <message>
        <source>Could not update the events: {reason}</source>
        <translation>Die Veranstaltungen konnten nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>No events to show yet.</source>
        <translation>Noch keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert {time}</translation>
    </message>
    <message>
        <source>No events on sale.
Organisers: pick the events sold here in Settings.</source>
        <translation>Keine Veranstaltungen im Verkauf.
Veranstalter: Wählen Sie in den Einstellungen, was hier verkauft wird.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Choose an event</source>
        <extracomment>The least height of a card; larger text makes it taller (`sizeHint`).</extracomment>
        <translation>Veranstaltung wählen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Box Office cannot create its settings folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <extracomment>What to say when each folder cannot be made.</extracomment>
        <translation>Box Office kann seinen Einstellungsordner {path} nicht anlegen ({reason}). Korrigieren Sie Eigentümer oder Rechte des Ordners, oder setzen Sie {variable} auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Box Office cannot create its data folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office kann seinen Datenordner {path} nicht anlegen ({reason}). Korrigieren Sie Eigentümer oder Rechte des Ordners, oder setzen Sie {variable} auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Box Office cannot create its log folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office kann seinen Protokollordner {path} nicht anlegen ({reason}). Korrigieren Sie Eigentümer oder Rechte des Ordners, oder setzen Sie {variable} auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Date to be announced</source>
        <translation>Datum wird noch bekannt gegeben</translation>
    </message>
    <message>
        <source>Sell online</source>
        <translation>Online verkaufen</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>noch {count}</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Ausverkauft</translation>
    </message>
    <message>
        <source>Code only</source>
        <translation>Nur mit Code</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Läuft ab in {time}</translation>
    </message>
    <message>
        <source>{count} ticket</source>
        <translation>{count} Ticket</translation>
    </message>
    <message>
        <source>{count} tickets</source>
        <translation>{count} Tickets</translation>
    </message>
    <message>
        <source>{count} sale</source>
        <translation>{count} Verkauf</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation>{count} Verkäufe</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>e-mail on its way to BTCPay</source>
        <translation>E-Mail unterwegs zu BTCPay</translation>
    </message>
    <message>
        <source>e-mail handed to BTCPay</source>
        <translation>E-Mail an BTCPay übergeben</translation>
    </message>
    <message>
        <source>e-mail not confirmed</source>
        <translation>E-Mail nicht bestätigt</translation>
    </message>
    <message>
        <source>not e-mailed</source>
        <translation>nicht gemailt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>the rest billed by sale {sale}</source>
        <translation>Rest mit Verkauf {sale} berechnet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfen nötig</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>waiting for the rest</source>
        <translation>wartet auf den Rest</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Warten auf Zahlung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>wird bestätigt</translation>
    </message>
    <message>
        <source>issuing the tickets</source>
        <translation>Tickets werden ausgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>reserving the tickets</source>
        <translation>Tickets werden reserviert</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Wird geschlossen</translation>
    </message>
    <message>
        <source>releasing the tickets</source>
        <translation>Tickets werden freigegeben</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>invoice {invoice}</source>
        <translation>Rechnung {invoice}</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>Reservierung {hold}</translation>
    </message>
    <message>
        <source>{invoice} and {hold}</source>
        <translation>{invoice} und {hold}</translation>
    </message>
    <message>
        <source>its data is not valid JSON</source>
        <extracomment>The columns a sale is read back from: its data, and what a person needs if that is damaged.</extracomment>
        <translation>die Daten sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>its data is not text</source>
        <translation>die Daten sind kein Text</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>{field} fehlt</translation>
    </message>
    <message>
        <source>a value has the wrong type or form</source>
        <translation>ein Wert hat den falschen Typ oder die falsche Form</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Ticket Tailor API key</source>
        <extracomment>The keyring &quot;service&quot; under which both keys are stored. Seconds to wait for the keyring before telling the user to use the environment instead.</extracomment>
        <translation>API-Schlüssel von Ticket Tailor</translation>
    </message>
    <message>
        <source>In Ticket Tailor: Box office settings, API, Generate a new key (role Admin, personal data not hidden). It starts with sk_.</source>
        <translation>In Ticket Tailor: Box office settings, API, Generate a new key (Rolle Admin, persönliche Daten nicht verborgen). Er beginnt mit sk_.</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>BTCPay-API-Schlüssel</translation>
    </message>
    <message>
        <source>In BTCPay: Account, API keys, Generate key, with the permissions to view store settings, create invoices, modify invoices (and modify store settings to e-mail tickets).</source>
        <translation>In BTCPay: Account, API keys, Generate key, mit den Berechtigungen, Store-Einstellungen anzusehen, Rechnungen zu erstellen und Rechnungen zu ändern (und Store-Einstellungen zu ändern, um Tickets zu mailen).</translation>
    </message>
    <message>
        <source>Secret Service (e.g. GNOME Keyring)</source>
        <translation>Secret Service (z. B. GNOME Keyring)</translation>
    </message>
    <message>
        <source>libsecret (e.g. GNOME Keyring)</source>
        <translation>libsecret (z. B. GNOME Keyring)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>What the keyring is asked to do, as the errors&apos; sentences say it.</extracomment>
        <translation>lesen</translation>
    </message>
    <message>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>none (disabled)</source>
        <translation>keiner (deaktiviert)</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht nutzbar</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to {verb} the {secret}; set the environment variable {variable} instead.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, um den {secret} zu {verb}; setzen Sie stattdessen die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds when asked to {verb} the {secret} (is it waiting to be unlocked?); unlock it, or set the environment variable {variable} instead.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von {seconds} Sekunden geantwortet, als er den {secret} {verb} sollte (wartet er darauf, entsperrt zu werden?); entsperren Sie ihn oder setzen Sie stattdessen die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>no keyring is available on this computer</source>
        <translation>auf diesem Computer ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>the keyring failed ({kind})</source>
        <translation>der Schlüsselbund meldet einen Fehler ({kind})</translation>
    </message>
    <message>
        <source>Could not {verb} the {secret}: {why}; unlock or set up the keyring, or set the environment variable {variable} instead.</source>
        <translation>Der Versuch, den {secret} zu {verb}, ist gescheitert: {why}; entsperren Sie den Schlüsselbund oder richten Sie ihn ein, oder setzen Sie stattdessen die Umgebungsvariable {variable}.</translation>
    </message>
    <message>
        <source>The {secret} is empty.</source>
        <translation>Der {secret} ist leer.</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>The declared settings this tab edits as fields (the PIN hash is never a field: its text would show the salt). Touch-first: no target on this tab is smaller than this (pixels).</extracomment>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Type a new PIN twice to set or change it: {low} to {high} digits. Leave both empty to keep the PIN as it is.</source>
        <translation>Geben Sie eine neue PIN zweimal ein, um sie zu setzen oder zu ändern: {low} bis {high} Ziffern. Lassen Sie beide Felder leer, um die PIN zu behalten.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Neue Personal-PIN</translation>
    </message>
    <message>
        <source>Repeat the new staff PIN</source>
        <translation>Neue Personal-PIN wiederholen</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>A staff PIN is made of digits only, {low} to {high} of them.</source>
        <extracomment>The environment variable holding a plain PIN (unattended set-ups and tests). How long `verify_pin_async` waits for the executor before giving up.</extracomment>
        <translation>Eine Personal-PIN besteht nur aus Ziffern, {low} bis {high} Stück.</translation>
    </message>
    <message>
        <source>A staff PIN has {low} to {high} digits.</source>
        <translation>Eine Personal-PIN hat {low} bis {high} Ziffern.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN, and none is set, so the kiosk does not start. Set a PIN in the settings (Kiosk) or in the environment variable {variable}, then start it again.</source>
        <translation>Der Kioskmodus braucht eine Personal-PIN, und es ist keine gesetzt, daher startet der Kiosk nicht. Setzen Sie eine PIN in den Einstellungen (Kiosk) oder in der Umgebungsvariablen {variable} und starten Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>The staff PIN saved in the settings cannot be used ({problem}), so the kiosk does not start. Set the PIN again, or set {variable}.</source>
        <translation>Die in den Einstellungen gespeicherte Personal-PIN ist nicht verwendbar ({problem}), daher startet der Kiosk nicht. Setzen Sie die PIN neu oder setzen Sie {variable}.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN is made of digits only, {low} to {high} of them.</source>
        <translation>{variable} ist als Personal-PIN nicht verwendbar: Eine Personal-PIN besteht nur aus Ziffern, {low} bis {high} Stück.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN has {low} to {high} digits.</source>
        <translation>{variable} ist als Personal-PIN nicht verwendbar: Eine Personal-PIN hat {low} bis {high} Ziffern.</translation>
    </message>
    <message>
        <source>no PIN hash is stored</source>
        <translation>es ist kein PIN-Hash gespeichert</translation>
    </message>
    <message>
        <source>the stored PIN is not in the scrypt$n$r$p$salt$hash form</source>
        <translation>die gespeicherte PIN hat nicht die Form scrypt$n$r$p$salt$hash</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are not numbers</source>
        <translation>die scrypt-Parameter der gespeicherten PIN sind keine Zahlen</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are out of range</source>
        <translation>die scrypt-Parameter der gespeicherten PIN liegen außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is not base64</source>
        <translation>Salt oder Hash der gespeicherten PIN ist kein Base64</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is too short</source>
        <translation>Salt oder Hash der gespeicherten PIN ist zu kurz</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Payment received — confirming. Your tickets are e-mailed as soon as it confirms.</source>
        <translation>Zahlung erhalten — wird bestätigt. Ihre Tickets werden gemailt, sobald sie bestätigt ist.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>The staff PIN comes from the environment variable {variable}; change it there.</source>
        <extracomment>The file dialog for the logo, while open (opened with `open()`, never `exec()`).</extracomment>
        <translation>Die Personal-PIN kommt aus der Umgebungsvariablen {variable}; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>A staff PIN is set</source>
        <translation>Eine Personal-PIN ist gesetzt</translation>
    </message>
    <message>
        <source>The saved staff PIN cannot be used: set a new one.</source>
        <translation>Die gespeicherte Personal-PIN ist nicht verwendbar: Setzen Sie eine neue.</translation>
    </message>
    <message>
        <source>No staff PIN yet</source>
        <translation>Noch keine Personal-PIN</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the new PIN twice.</source>
        <translation>Die beiden PINs sind nicht gleich: Geben Sie die neue PIN zweimal ein.</translation>
    </message>
    <message>
        <source>A kiosk needs a staff PIN: type one in New PIN and Repeat, or untick “Start as a kiosk”.</source>
        <translation>Ein Kiosk braucht eine Personal-PIN: Geben Sie eine unter „Neue PIN“ und „Wiederholen“ ein oder entfernen Sie den Haken bei „Als Kiosk starten“.</translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation>PIN wird gespeichert…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Logo-Bild auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Box Office — demo</source>
        <extracomment>Lines of text a banner under the top bar shows at most; the rest is in its tooltip.</extracomment>
        <translation>Box Office — Demo</translation>
    </message>
    <message>
        <source>Box Office</source>
        <extracomment>The window&apos;s controller (a `SaleFlow`), attached by `boxoffice.ui.app`. The check-in desk and the end-of-shift report (a `DoorConsole`), attached likewise. The open settings dialog (one at a time), and the demo&apos;s throw-away profile.</extracomment>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Demo-Wallet</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Demo — no real money is involved. Pay invoices with the Demo wallet window.</source>
        <translation>Demo — es fließt kein echtes Geld. Bezahlen Sie Rechnungen im Fenster „Demo-Wallet“.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Verkauf zeigen</translation>
    </message>
</context>
<context>
    <name>NewInvoice</name>
    <message>
        <source>Making the new invoice…</source>
        <extracomment>Where the order for the rest goes (the window starts it); None: nowhere yet. The sale whose rest is being prepared, if any.</extracomment>
        <translation>Neue Rechnung wird erstellt…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Neue Rechnung für den Rest</translation>
    </message>
    <message>
        <source>Asking BTCPay what was paid, then billing the rest…</source>
        <translation>BTCPay wird gefragt, was bezahlt wurde, dann wird der Rest berechnet…</translation>
    </message>
    <message>
        <source>No new invoice: {error}</source>
        <translation>Keine neue Rechnung: {error}</translation>
    </message>
</context>
<context>
    <name>OfflineCheckout</name>
    <message>
        <source>A reason is needed.</source>
        <extracomment>A step opened or closed (Pay waits while one is open: one way of paying at a time). The name typed in this session (kept across sales, forgotten at quit).</extracomment>
        <translation>Ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Diese Tickets sind kostenlos: Es ist kein Bargeld zu kassieren.</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>Der Kunde zahlt bar an der Kasse: keine Rechnung, die Tickets sofort.</translation>
    </message>
    <message>
        <source>Take {amount} in cash from the customer, then confirm.</source>
        <translation>Nehmen Sie {amount} bar vom Kunden entgegen und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Cash taken: {amount}</source>
        <translation>Bar erhalten: {amount}</translation>
    </message>
    <message>
        <source>Recorded with the sale and in the shift report.</source>
        <translation>Wird mit dem Verkauf und im Schichtbericht festgehalten.</translation>
    </message>
</context>
<context>
    <name>OfflinePanel</name>
    <message>
        <source>Paid in cash</source>
        <translation>Bar bezahlt</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>Der Kunde zahlt bar an der Kasse: keine Rechnung, die Tickets sofort.</translation>
    </message>
    <message>
        <source>Complimentary…</source>
        <translation>Freikarten…</translation>
    </message>
    <message>
        <source>Give the tickets away, for a reason that is recorded.</source>
        <translation>Die Tickets verschenken, mit einem Grund, der festgehalten wird.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Bar erhalten</translation>
    </message>
    <message>
        <source>Why are these tickets complimentary?</source>
        <translation>Warum sind diese Tickets Freikarten?</translation>
    </message>
    <message>
        <source>Reason for the complimentary tickets</source>
        <translation>Grund für die Freikarten</translation>
    </message>
    <message>
        <source>Required, e.g. press, artist&apos;s guest</source>
        <translation>Erforderlich, z. B. Presse, Gast des Künstlers</translation>
    </message>
    <message>
        <source>Issue complimentary tickets</source>
        <translation>Freikarten ausstellen</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Name (Personal)</translation>
    </message>
</context>
<context>
    <name>OfflinePayment</name>
    <message>
        <source>Give a reason for the complimentary tickets.</source>
        <translation>Geben Sie einen Grund für die Freikarten an.</translation>
    </message>
    <message>
        <source>The cash taken must be the total, {total} {currency}.</source>
        <translation>Der erhaltene Barbetrag muss der Summe entsprechen: {total} {currency}.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Diese Tickets sind kostenlos: Es ist kein Bargeld zu kassieren.</translation>
    </message>
</context>
<context>
    <name>OfflineSales</name>
    <message>
        <source>Issuing the tickets paid in cash…</source>
        <extracomment>How the flow starts a sale instead of `SaleEngine.start_sale` (`SaleFlow.start_sale`).</extracomment>
        <translation>Bar bezahlte Tickets werden ausgestellt…</translation>
    </message>
    <message>
        <source>Issuing the complimentary tickets…</source>
        <translation>Freikarten werden ausgestellt…</translation>
    </message>
</context>
<context>
    <name>OfflineWords</name>
    <message>
        <source>Paid in cash — {count} ticket issued</source>
        <translation>Bar bezahlt — {count} Ticket ausgestellt</translation>
    </message>
    <message>
        <source>Paid in cash — {count} tickets issued</source>
        <translation>Bar bezahlt — {count} Tickets ausgestellt</translation>
    </message>
    <message>
        <source>Complimentary — {count} ticket issued</source>
        <translation>Freikarte — {count} Ticket ausgestellt</translation>
    </message>
    <message>
        <source>Complimentary — {count} tickets issued</source>
        <translation>Freikarten — {count} Tickets ausgestellt</translation>
    </message>
    <message>
        <source>Cash taken: {amount} · recorded by {staff}</source>
        <translation>Bar erhalten: {amount} · erfasst von {staff}</translation>
    </message>
    <message>
        <source>Complimentary: {reason} · given by {staff}</source>
        <translation>Freikarte: {reason} · vergeben von {staff}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>At-Zeichen</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Unterstrich</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostroph</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Dot com</source>
        <translation>Punkt com</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Buchstaben mit Akzent</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>This event is no longer on sale.</source>
        <extracomment>The name sent to Ticket Tailor (placeholder rules applied). Ticket Tailor&apos;s formatted start of the event, for the ticket e-mail and receipts.</extracomment>
        <translation>Diese Veranstaltung ist nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Wählen Sie mindestens ein Ticket.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s e-mail address for the tickets.</source>
        <translation>Geben Sie die E-Mail-Adresse des Käufers für die Tickets ein.</translation>
    </message>
    <message>
        <source>Check the e-mail address: {reason}.</source>
        <translation>Prüfen Sie die E-Mail-Adresse: {reason}.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen des Käufers ein.</translation>
    </message>
    <message>
        <source>Check the name: {reason}.</source>
        <translation>Prüfen Sie den Namen: {reason}.</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Sorry, this ticket machine is out of order</source>
        <extracomment>The codes, and what each means for staff (the README&apos;s &quot;Kiosk&quot; section lists them too). How often a kiosk that is out of order for a reason it detected looks again (seconds). The task key of the BTCPay check (at most one is out).</extracomment>
        <translation>Dieser Ticketautomat ist leider außer Betrieb</translation>
    </message>
    <message>
        <source>Please buy your tickets at the box office. We are on it.</source>
        <translation>Bitte kaufen Sie Ihre Tickets an der Kasse. Wir kümmern uns darum.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code für das Personal: %1</translation>
    </message>
</context>
<context>
    <name>PairingListener</name>
    <message>
        <source>BTCPay did not send a key in time. Try again, or create a key by hand in BTCPay (Account, API keys) and paste it.</source>
        <translation>BTCPay hat nicht rechtzeitig einen Schlüssel gesendet. Versuchen Sie es erneut oder erstellen Sie einen Schlüssel von Hand in BTCPay (Account, API keys) und fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Approve the request on BTCPay&apos;s page.</source>
        <translation>Bestätigen Sie die Anfrage auf der Seite von BTCPay.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer did not contain an API key.</source>
        <translation>Die Antwort von BTCPay enthielt keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Box Office.</source>
        <translation>Sie können diesen Tab schließen und zu Box Office zurückkehren.</translation>
    </message>
    <message>
        <source>This address only accepts BTCPay&apos;s answer.</source>
        <translation>Diese Adresse nimmt nur die Antwort von BTCPay an.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Waiting for BTCPay</source>
        <translation>Warten auf BTCPay</translation>
    </message>
    <message>
        <source>No key received</source>
        <translation>Kein Schlüssel erhalten</translation>
    </message>
    <message>
        <source>Box Office is connected</source>
        <translation>Box Office ist verbunden</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Reserving the tickets…</source>
        <translation>Tickets werden reserviert…</translation>
    </message>
    <message>
        <source>Payment received (more than due), confirming</source>
        <translation>Zahlung erhalten (mehr als fällig), wird bestätigt</translation>
    </message>
    <message>
        <source>Payment received, confirming</source>
        <translation>Zahlung erhalten, wird bestätigt</translation>
    </message>
    <message>
        <source>Paid — issuing the tickets…</source>
        <translation>Bezahlt — Tickets werden ausgestellt…</translation>
    </message>
    <message>
        <source>Closing the payment window…</source>
        <translation>Zahlungsfenster wird geschlossen…</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Payment window closed</source>
        <translation>Zahlungsfenster geschlossen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfen nötig</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Partially paid — {amount} left</source>
        <translation>Teilweise bezahlt — noch {amount} offen</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Warten auf Zahlung</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <extracomment>The way to pay shown first for a new sale (a kiosk shows Lightning: it settles in seconds, where on-chain takes a block or more). The words while a payment confirms, when a kiosk says more than the till does.</extracomment>
        <translation>Verkauf abbrechen</translation>
    </message>
    <message>
        <source>The rest of {total}: {paid} was paid before</source>
        <translation>Der Rest von {total}: {paid} wurde vorher bezahlt</translation>
    </message>
    <message>
        <source>Connection trouble: {problem}</source>
        <translation>Verbindungsproblem: {problem}</translation>
    </message>
    <message>
        <source>{due} left
of {amount} ({paid} received)</source>
        <translation>noch {due} offen
von {amount} ({paid} erhalten)</translation>
    </message>
    <message>
        <source>Bitcoin on-chain</source>
        <translation>Bitcoin on-chain</translation>
    </message>
    <message>
        <source>Payment received — no need to scan again.</source>
        <translation>Zahlung erhalten — nicht noch einmal scannen.</translation>
    </message>
    <message>
        <source>Bitcoin on-chain — Lightning invoice being renewed…</source>
        <translation>Bitcoin on-chain — Lightning-Rechnung wird erneuert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>Any wallet</source>
        <extracomment>The QR choices: (key, objectName of its button, button text, hint under the QR). The words are marked for lupdate and translated where shown (`method_words`).</extracomment>
        <translation>Jede Wallet</translation>
    </message>
    <message>
        <source>Bitcoin or Lightning: any wallet can scan this</source>
        <translation>Bitcoin oder Lightning: jede Wallet kann das scannen</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>Lightning wallets only</source>
        <translation>Nur Lightning-Wallets</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Bitcoin on-chain wallets only</source>
        <translation>Nur Bitcoin-On-chain-Wallets</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Zum Bezahlen scannen</translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation>QR-Code zum Bezahlen</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Checkout page QR code</source>
        <translation>QR-Code der Zahlungsseite</translation>
    </message>
    <message>
        <source>Prefer your phone&apos;s browser? Scan this to open the payment page.</source>
        <translation>Lieber im Browser des Handys? Scannen Sie dies, um die Zahlungsseite zu öffnen.</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Verkauf abbrechen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>Ticks once a second while the pad is locked, to count down and then unlock.</extracomment>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>PIN prüfen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type at least {} digits.</source>
        <translation>Mindestens {} Ziffern eingeben.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before a pause.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch vor einer Pause.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche vor einer Pause.</numerusform>
        </translation>
    </message>
    <message>
        <source>{} digits typed</source>
        <translation>{} Ziffern eingegeben</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} s.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in {} s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} min {} s.</source>
        <translation>Zu viele falsche PINs. Erneut versuchen in {} min {} s.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>Die PIN konnte gerade nicht geprüft werden. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Smallest symbol (version 1) with its quiet zone: the size hint before a payload is encoded. Work per event-loop turn (seconds): well under a 60 Hz frame.</extracomment>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Fewer tickets</source>
        <extracomment>Side of the − and + buttons: above the 48 px touch minimum, as they are pressed most. Press-and-hold: wait this long before repeating, then step this often (milliseconds).</extracomment>
        <translation>Weniger Tickets</translation>
    </message>
    <message>
        <source>More tickets</source>
        <translation>Mehr Tickets</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Anzahl Tickets</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Look the invoice up in BTCPay with the reference below and settle it with the customer: refund, or issue the tickets by hand in Ticket Tailor.</source>
        <extracomment>The state a sale with this reason comes to rest in. The short words under the state (&quot;Needs attention&quot; / &quot;paid after it expired&quot;). What staff should do about it. The engine&apos;s fixed message, or None when it builds one with amounts or names. The advice instead of `advice` when the payment arrived in full and the till may accept it (`offers_acceptance`); None: `advice` holds then too. A `needs_attention` reason about the payment: staff may still accept it (mark the invoice settled in BTCPay, or with the till), which issues the tickets. The sale ends `failed`: the customer was never asked to pay. What the closed sale&apos;s page says of it, when the reason says it better than the engine&apos;s message (which speaks of the tickets, not of the customer). Said first when staff are asked to confirm accepting the payment: the condition for it. Said last in that question: something else to bear in mind. What staff should do when no reason says better.</extracomment>
        <translation>Suchen Sie die Rechnung in BTCPay anhand der Referenz unten und klären Sie den Fall mit dem Kunden: Betrag erstatten oder die Tickets von Hand in Ticket Tailor ausstellen.</translation>
    </message>
    <message>
        <source>check the sale</source>
        <extracomment>The words under each end state for a sale with no reason (or one of another state).</extracomment>
        <translation>Verkauf prüfen</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
    <message>
        <source>nothing charged</source>
        <translation>nichts berechnet</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <extracomment>One row per reason.</extracomment>
        <translation>unbezahlt abgelaufen</translation>
    </message>
    <message>
        <source>The invoice expired unpaid; the tickets were released.</source>
        <translation>Die Rechnung ist unbezahlt abgelaufen; die Tickets wurden freigegeben.</translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation>Die Rechnung ist abgelaufen, bevor sie bezahlt wurde.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The sale was cancelled; the tickets were released.</source>
        <translation>Der Verkauf wurde abgebrochen; die Tickets wurden freigegeben.</translation>
    </message>
    <message>
        <source>The sale was cancelled; nothing was paid.</source>
        <translation>Der Verkauf wurde abgebrochen; es wurde nichts bezahlt.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>The invoice was marked invalid in BTCPay; the tickets were released.</source>
        <translation>Die Rechnung wurde in BTCPay als ungültig markiert; die Tickets wurden freigegeben.</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>ausverkauft</translation>
    </message>
    <message>
        <source>A service could not be reached while finishing the sale. Box Office keeps trying; check the invoice in BTCPay and the tickets in Ticket Tailor if it does not resolve.</source>
        <translation>Beim Abschließen des Verkaufs war ein Dienst nicht erreichbar. Box Office versucht es weiter; prüfen Sie die Rechnung in BTCPay und die Tickets in Ticket Tailor, falls es sich nicht klärt.</translation>
    </message>
    <message>
        <source>BTCPay did not give the payment details; nothing was charged.</source>
        <translation>BTCPay hat die Zahlungsdetails nicht geliefert; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The sale was interrupted before payment was asked for; nothing was charged.</source>
        <translation>Der Verkauf wurde unterbrochen, bevor zur Zahlung aufgefordert wurde; es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>only partly paid</source>
        <translation>nur teilweise bezahlt</translation>
    </message>
    <message>
        <source>paid after it expired</source>
        <translation>nach Ablauf bezahlt</translation>
    </message>
    <message>
        <source>The customer paid after the payment window closed, so the tickets were released. Refund the payment from the till or from BTCPay, or mark the invoice settled there to issue the tickets.</source>
        <translation>Der Kunde hat nach dem Schließen des Zahlungsfensters bezahlt, daher wurden die Tickets freigegeben. Erstatten Sie die Zahlung an der Kasse oder über BTCPay, oder markieren Sie die Rechnung dort als beglichen, um die Tickets auszustellen.</translation>
    </message>
    <message>
        <source>The full amount arrived after the payment window closed, so the tickets were released. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>Der volle Betrag ist nach dem Schließen des Zahlungsfensters eingegangen, daher wurden die Tickets freigegeben. Nehmen Sie die Zahlung unten an, um die Tickets jetzt auszustellen, oder erstatten Sie sie.</translation>
    </message>
    <message>
        <source>A payment arrived after the sale was cancelled. Refund it from the till or from BTCPay, or start a new sale for the customer.</source>
        <translation>Nach dem Abbruch des Verkaufs ist eine Zahlung eingegangen. Erstatten Sie sie an der Kasse oder über BTCPay, oder beginnen Sie einen neuen Verkauf für den Kunden.</translation>
    </message>
    <message>
        <source>The full amount was paid after the sale was cancelled. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>Der volle Betrag wurde nach dem Abbruch des Verkaufs bezahlt. Nehmen Sie die Zahlung unten an, um die Tickets jetzt auszustellen, oder erstatten Sie sie.</translation>
    </message>
    <message>
        <source>The invoice is paid but Ticket Tailor refused to issue the tickets. Do not take another payment: retry issuing them once Ticket Tailor&apos;s reason is dealt with, or refund the payment.</source>
        <translation>Die Rechnung ist bezahlt, aber Ticket Tailor hat das Ausstellen der Tickets abgelehnt. Nehmen Sie keine weitere Zahlung an: Versuchen Sie das Ausstellen erneut, sobald der Grund bei Ticket Tailor behoben ist, oder erstatten Sie die Zahlung.</translation>
    </message>
    <message>
        <source>The bitcoin rate may have moved since the invoice expired.</source>
        <translation>Der Bitcoin-Kurs kann sich seit dem Ablauf der Rechnung verändert haben.</translation>
    </message>
    <message>
        <source>The customer paid only part of the amount before the window closed. Make a new invoice for the rest (the seats are held again), or refund what arrived.</source>
        <translation>Der Kunde hat vor Ablauf der Zahlungsfrist nur einen Teil des Betrags bezahlt. Erstellen Sie eine neue Rechnung für den Rest (die Plätze werden erneut reserviert) oder erstatten Sie, was angekommen ist.</translation>
    </message>
    <message>
        <source>paid after a cancel</source>
        <translation>nach Abbruch bezahlt</translation>
    </message>
    <message>
        <source>not confirmed in time</source>
        <translation>nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <source>BTCPay marked the payment invalid (it was not confirmed in time). Check the invoice in BTCPay before letting the customer in.</source>
        <translation>BTCPay hat die Zahlung als ungültig markiert (sie wurde nicht rechtzeitig bestätigt). Prüfen Sie die Rechnung in BTCPay, bevor Sie den Kunden einlassen.</translation>
    </message>
    <message>
        <source>The full amount was paid but not confirmed in time, so BTCPay marked the invoice invalid. Check in BTCPay that the payment has confirmed since, then accept it below; otherwise refund it.</source>
        <translation>Der volle Betrag wurde bezahlt, aber nicht rechtzeitig bestätigt, daher hat BTCPay die Rechnung als ungültig markiert. Prüfen Sie in BTCPay, ob die Zahlung inzwischen bestätigt ist, und nehmen Sie sie dann unten an; andernfalls erstatten Sie sie.</translation>
    </message>
    <message>
        <source>Accept only if BTCPay shows the payment confirmed by now.</source>
        <translation>Nur annehmen, wenn BTCPay die Zahlung inzwischen als bestätigt anzeigt.</translation>
    </message>
    <message>
        <source>tickets refused</source>
        <translation>Tickets abgelehnt</translation>
    </message>
    <message>
        <source>reserved tickets gone</source>
        <translation>reservierte Tickets verloren</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>80 mm receipt roll</source>
        <extracomment>Tickets that fit under the heading on the first A4 page, and on each following page. Text-object type and properties of a QR code inside the receipt document.</extracomment>
        <translation>80-mm-Bonrolle</translation>
    </message>
    <message>
        <source>Ticket {number} of {count}</source>
        <translation>Ticket {number} von {count}</translation>
    </message>
    <message>
        <source>Total paid: {total}</source>
        <translation>Bezahlt insgesamt: {total}</translation>
    </message>
    <message>
        <source>In bitcoin: {amount}</source>
        <translation>In Bitcoin: {amount}</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Referenz {reference}</translation>
    </message>
    <message>
        <source>Show the QR code at the door.</source>
        <translation>Zeigen Sie den QR-Code am Einlass.</translation>
    </message>
    <message>
        <source>the printer or file could not be opened</source>
        <translation>der Drucker oder die Datei ließ sich nicht öffnen</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Not e-mailed yet: press “E-mail tickets” to send them to {address}.</source>
        <translation>Noch nicht gemailt: Drücken Sie „Tickets mailen“, um sie an {address} zu senden.</translation>
    </message>
    <message>
        <source>Handing the tickets to BTCPay for e-mail to {address}…</source>
        <translation>Tickets werden an BTCPay zum Mailen an {address} übergeben…</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay for e-mail to {address}</source>
        <translation>Tickets an BTCPay zum Mailen an {address} übergeben</translation>
    </message>
    <message>
        <source>No e-mail address: print the tickets or let the buyer photograph the QR codes.</source>
        <translation>Keine E-Mail-Adresse: Tickets drucken oder die QR-Codes fotografieren lassen.</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>sie konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>E-mail to {address} not confirmed: {note}</source>
        <translation>E-Mail an {address} nicht bestätigt: {note}</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}.</source>
        <translation>Tickets nicht an {address} gemailt.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}: {note}</source>
        <translation>Tickets nicht an {address} gemailt: {note}</translation>
    </message>
    <message>
        <source>Paid — {count} ticket issued</source>
        <translation>Bezahlt — {count} Ticket ausgestellt</translation>
    </message>
    <message>
        <source>Paid — {count} tickets issued</source>
        <translation>Bezahlt — {count} Tickets ausgestellt</translation>
    </message>
    <message>
        <source>Sold {when}</source>
        <translation>Verkauft {when}</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Barcode {barcode}</translation>
    </message>
</context>
<context>
    <name>RecentSalesController</name>
    <message>
        <source>Newest first · {sales}</source>
        <translation>Neueste zuerst · {sales}</translation>
    </message>
    <message>
        <source>{count} in progress</source>
        <translation>{count} laufend</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>How many of the latest sales the view loads: a whole shift&apos;s, and more, at a busy door. An action on a sale (a `SaleAction` value, the sale id). Whether ticket e-mails can go out (the engine&apos;s word, once the till is open). Until the first list arrives, the view says it is loading, not that there are none. The sale chosen before rows went away: Qt would choose a neighbour instead, and a button pressed then would act on a sale nobody chose.</extracomment>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <source>Loading the sales…</source>
        <translation>Verkäufe werden geladen…</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Noch keine Verkäufe an dieser Kasse. Verkäufe erscheinen hier, sobald sie beginnen.</translation>
    </message>
    <message>
        <source>No sale matches the search or the filters.</source>
        <translation>Kein Verkauf passt zur Suche oder zu den Filtern.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} abgeschlossen</translation>
    </message>
    <message>
        <source>{count} released/expired</source>
        <translation>{count} freigegeben/abgelaufen</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} erstattet</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>{shown} angezeigt</translation>
    </message>
    <message>
        <source>{parts} — tap a sale to open it.</source>
        <translation>{parts} — zum Öffnen auf einen Verkauf tippen.</translation>
    </message>
    <message>
        <source>Newest first · the latest {sales}</source>
        <translation>Neueste zuerst · die letzten {sales}</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Geklärt von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>issued anyway</source>
        <extracomment>What staff chose for a sale, by `ResolutionAction` value (the resolution&apos;s own words).</extracomment>
        <translation>trotzdem ausgestellt</translation>
    </message>
    <message>
        <source>issue tried again</source>
        <translation>Ausstellung wiederholt</translation>
    </message>
    <message>
        <source>new invoice</source>
        <translation>neue Rechnung</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>{day} · till {till}</source>
        <extracomment>States in which the customer has certainly paid a billed sale. This till&apos;s id: another till&apos;s sale (adopted from BTCPay) says whose it was. Narrow: the way of paying is said under the amount (its column is hidden).</extracomment>
        <translation>{day} · Kasse {till}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
    <message>
        <source>{amount} · {way}</source>
        <translation>{amount} · {way}</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Lightning + on-chain</source>
        <translation>Lightning + On-chain</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Freikarte</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>{amount} bezahlt</translation>
    </message>
</context>
<context>
    <name>RecentSalesView</name>
    <message>
        <source>Sales</source>
        <extracomment>Below this table width the way of paying is said under the amount instead of in a column. Rows measured for the columns&apos; widths: a few screens&apos; worth (what is cut short further down is in its tooltip), so that filtering thousands of sales as staff type stays quick.</extracomment>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Find other tills&apos; sales</source>
        <translation>Verkäufe anderer Kassen suchen</translation>
    </message>
    <message>
        <source>Look in BTCPay for sales other tills left unfinished, and finish them here.</source>
        <translation>In BTCPay nach Verkäufen suchen, die andere Kassen nicht abgeschlossen haben, und sie hier abschließen.</translation>
    </message>
    <message>
        <source>Name, e-mail, invoice or ticket barcode</source>
        <translation>Name, E-Mail, Rechnung oder Ticket-Barcode</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Verkäufe durchsuchen</translation>
    </message>
    <message>
        <source>Show sales in state</source>
        <translation>Verkäufe mit Status zeigen</translation>
    </message>
    <message>
        <source>Show sales of event</source>
        <translation>Verkäufe der Veranstaltung zeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show payment &amp;QR</source>
        <translation>Zahlungs-&amp;QR-Code zeigen</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>Erneut &amp;drucken</translation>
    </message>
    <message>
        <source>Resend &amp;e-mail</source>
        <translation>Erneut &amp;mailen</translation>
    </message>
    <message>
        <source>Retry &amp;issuance</source>
        <translation>Ausstellung &amp;wiederholen</translation>
    </message>
    <message>
        <source>Open in &amp;BTCPay</source>
        <translation>In &amp;BTCPay öffnen</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Noch keine Verkäufe an dieser Kasse. Verkäufe erscheinen hier, sobald sie beginnen.</translation>
    </message>
    <message>
        <source>Show all sales</source>
        <translation>Alle Verkäufe zeigen</translation>
    </message>
</context>
<context>
    <name>RefundPanel</name>
    <message>
        <source>The bitcoin that was paid (at the rate of the sale)</source>
        <translation>Die bezahlten Bitcoin (zum Kurs des Verkaufs)</translation>
    </message>
    <message>
        <source>What was paid, in bitcoin at today&apos;s rate</source>
        <translation>Der bezahlte Betrag, in Bitcoin zum heutigen Kurs</translation>
    </message>
    <message>
        <source>Only the part paid over the price</source>
        <translation>Nur der zu viel bezahlte Teil</translation>
    </message>
    <message>
        <source>Another amount:</source>
        <translation>Anderer Betrag:</translation>
    </message>
    <message>
        <source>Refund ready — scan to claim it</source>
        <extracomment>The sale whose refund page is open, or None. The sale whose refund is being created.</extracomment>
        <translation>Erstattung bereit — zum Abholen scannen</translation>
    </message>
    <message>
        <source>The customer scans this code with their phone and enters a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>Der Kunde scannt diesen Code mit seinem Smartphone und gibt eine Bitcoin-Adresse oder eine Lightning-Rechnung ein, um die Erstattung zu erhalten.</translation>
    </message>
    <message>
        <source>Sale {sale} · {order}</source>
        <translation>Verkauf {sale} · {order}</translation>
    </message>
    <message>
        <source>Refund the customer</source>
        <translation>Dem Kunden erstatten</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Bestellung: {order} — {total}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Erhalten: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>BTCPay-Rechnung {invoice}</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Erstattung anlegen</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Geben Sie zuerst Ihren Namen und den Grund an; beides wird festgehalten.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 12.50.</source>
        <translation>Geben Sie den Betrag als Zahl ein, zum Beispiel 12.50.</translation>
    </message>
    <message>
        <source>Asking BTCPay for the refund…</source>
        <translation>Erstattung wird bei BTCPay angefordert…</translation>
    </message>
    <message>
        <source>Not refunded: {error}</source>
        <translation>Nicht erstattet: {error}</translation>
    </message>
    <message>
        <source>Refund {sale}</source>
        <translation>Erstattung {sale}</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Abholbeleg drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Drucken fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>An {printer} gesendet.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund of {amount}</source>
        <extracomment>The code&apos;s largest side on paper: big enough for a phone, small enough for a roll.</extracomment>
        <translation>Erstattung über {amount}</translation>
    </message>
    <message>
        <source>{event}: {order}</source>
        <translation>{event}: {order}</translation>
    </message>
    <message>
        <source>Scan the code with your phone and enter a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>Scannen Sie den Code mit Ihrem Smartphone und geben Sie eine Bitcoin-Adresse oder eine Lightning-Rechnung ein, um die Erstattung zu erhalten.</translation>
    </message>
    <message>
        <source>The box office approves your claim before it is paid.</source>
        <translation>Die Kasse gibt Ihre Anforderung frei, bevor sie ausgezahlt wird.</translation>
    </message>
    <message>
        <source>Your refund</source>
        <translation>Ihre Erstattung</translation>
    </message>
</context>
<context>
    <name>RefundView</name>
    <message>
        <source>How much goes back?</source>
        <extracomment>Large enough for a phone held at arm&apos;s length across the counter.</extracomment>
        <translation>Wie viel wird erstattet?</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name, recorded with the refund</source>
        <translation>Ihr Name, wird mit der Erstattung festgehalten</translation>
    </message>
    <message>
        <source>Why (e.g. the tickets sold out)</source>
        <translation>Grund (z. B. Tickets ausverkauft)</translation>
    </message>
    <message>
        <source>Reason, recorded with the refund</source>
        <translation>Grund, wird mit der Erstattung festgehalten</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>Erstattet von</translation>
    </message>
    <message>
        <source>because</source>
        <translation>wegen</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Erstattung anlegen</translation>
    </message>
    <message>
        <source>‹ Back to the sale</source>
        <translation>‹ Zurück zum Verkauf</translation>
    </message>
    <message>
        <source>Refund claim QR code</source>
        <translation>QR-Code zum Abholen der Erstattung</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Abholbeleg drucken</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>BTCPay&apos;s answer was lost, so the refund may have been created. Check the store&apos;s pull payments in BTCPay before trying again.</source>
        <extracomment>Invoice states BTCPay refunds (InvoiceEntity.cs `CanRefund`).</extracomment>
        <translation>Die Antwort von BTCPay ging verloren, die Erstattung wurde also vielleicht angelegt. Prüfen Sie die Pull Payments des Stores in BTCPay, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>A custom refund needs an amount greater than zero.</source>
        <translation>Eine freie Erstattung braucht einen Betrag größer als null.</translation>
    </message>
    <message>
        <source>Another Box Office window or command on this till is working on this sale. Look at it again in a moment.</source>
        <translation>Ein anderes Box-Office-Fenster oder ein Befehl an dieser Kasse bearbeitet diesen Verkauf gerade. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Dieser Verkauf läuft noch; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to refund.</source>
        <translation>Für diesen Verkauf wurde nichts bezahlt, es gibt also nichts zu erstatten.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued, so only what was paid over the price can be refunded from the till.</source>
        <translation>Die Tickets dieses Verkaufs wurden ausgestellt, daher kann an der Kasse nur der zu viel bezahlte Betrag erstattet werden.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment on this invoice, so there is nothing to refund.</source>
        <translation>BTCPay zeigt keine Zahlung auf dieser Rechnung, es gibt also nichts zu erstatten.</translation>
    </message>
    <message>
        <source>This invoice was not paid over its amount; choose another kind of refund.</source>
        <translation>Diese Rechnung wurde nicht überzahlt; wählen Sie eine andere Art der Erstattung.</translation>
    </message>
    <message>
        <source>This sale was refunded already (pull payment {pull}); give the customer its claim link again, or look it up in BTCPay.</source>
        <translation>Dieser Verkauf wurde bereits erstattet (Pull Payment {pull}); geben Sie dem Kunden den Abhol-Link erneut oder sehen Sie in BTCPay nach.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so it cannot be refunded from the till.</source>
        <translation>BTCPay hat die Rechnung {invoice} in diesem Store nicht mehr, daher kann sie an der Kasse nicht erstattet werden.</translation>
    </message>
    <message>
        <source>BTCPay refunds only a settled or invalid invoice, or an expired one that was paid; this one is {status} ({detail}).</source>
        <translation>BTCPay erstattet nur eine beglichene oder ungültige Rechnung oder eine abgelaufene, die bezahlt wurde; diese ist {status} ({detail}).</translation>
    </message>
    <message>
        <source>The BTCPay API key may not do this: it lacks {permission}.</source>
        <translation>Der BTCPay-API-Schlüssel darf das nicht: ihm fehlt {permission}.</translation>
    </message>
    <message>
        <source>BTCPay has no exchange rate now, so it cannot refund at today&apos;s rate. Choose another kind of refund.</source>
        <translation>BTCPay hat gerade keinen Wechselkurs und kann daher nicht zum heutigen Kurs erstatten. Wählen Sie eine andere Art der Erstattung.</translation>
    </message>
    <message>
        <source>BTCPay says this invoice cannot be refunded (it is not settled, invalid, or expired with a payment).</source>
        <translation>Laut BTCPay kann diese Rechnung nicht erstattet werden (sie ist weder beglichen noch ungültig noch mit einer Zahlung abgelaufen).</translation>
    </message>
    <message>
        <source>BTCPay refused the refund: {detail}</source>
        <translation>BTCPay hat die Erstattung abgelehnt: {detail}</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Tickets</source>
        <extracomment>Headings of the figures known here (a line break where a narrow column needs one).</extracomment>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Booking
fees</source>
        <translation>Buchungs-
gebühren</translation>
    </message>
    <message>
        <source>BTC
Lightning</source>
        <translation>BTC
Lightning</translation>
    </message>
    <message>
        <source>BTC
on-chain</source>
        <translation>BTC
On-chain</translation>
    </message>
    <message>
        <source>BTC
unknown</source>
        <translation>BTC
unbekannt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Needs
attention</source>
        <translation>Prüfen
nötig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Still
open</source>
        <translation>Noch
offen</translation>
    </message>
    <message>
        <source>Cash
tickets</source>
        <translation>Tickets
bar</translation>
    </message>
    <message>
        <source>Cash
taken</source>
        <translation>Bar
eingenommen</translation>
    </message>
    <message>
        <source>Compli-
mentary</source>
        <translation>Frei-
tickets</translation>
    </message>
    <message>
        <source>BTC
refunded</source>
        <translation>BTC
erstattet</translation>
    </message>
    <message>
        <source>Refunded
(money)</source>
        <translation>Erstattet
(Geld)</translation>
    </message>
    <message>
        <source>the first sale</source>
        <extracomment>Shown only when a row has some: most shifts have none (and 1280 pixels hold the rest).</extracomment>
        <translation>dem ersten Verkauf</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Sales from {start} to {end}</source>
        <translation>Verkäufe ab {start} bis {end}</translation>
    </message>
    <message>
        <source>This till has not closed a shift yet.</source>
        <translation>Diese Kasse hat noch keine Schicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Last closed at {time} by {staff}.</source>
        <translation>Zuletzt abgeschlossen am {time} von {staff}.</translation>
    </message>
    <message>
        <source>Last closed at {time}.</source>
        <translation>Zuletzt abgeschlossen am {time}.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} abgeschlossen</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} freigegeben</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} erstattet</translation>
    </message>
    <message>
        <source>{count} still open</source>
        <translation>{count} noch offen</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Sales: {counts}</source>
        <translation>Verkäufe: {counts}</translation>
    </message>
    <message>
        <source>{count} × {event}: {reason} (by {staff}, {time})</source>
        <translation>{count} × {event}: {reason} (von {staff}, {time})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Summe {currency}</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>{count} sales of other tills are not in this report.</source>
        <extracomment>The papers a report prints on (the receipt&apos;s). `--paper` names. The comparison with BTCPay, one line each, when it was run. What could not be counted, one line each.</extracomment>
        <translation>{count} Verkäufe anderer Kassen sind nicht in diesem Bericht enthalten.</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>Kasse {till}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Gedruckt am {time}</translation>
    </message>
    <message>
        <source>Complimentary tickets</source>
        <translation>Freitickets</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nicht gezählt</translation>
    </message>
    <message>
        <source>Checked with BTCPay</source>
        <translation>Mit BTCPay abgeglichen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Seats by the outcome of their sale</source>
        <translation>Tickets nach Ergebnis ihres Verkaufs</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Veranstaltung / Ticketart</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Bericht zum Schichtende</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Export the report as CSV</source>
        <extracomment>The open dialog (and printer), kept alive until it closes.</extracomment>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the CSV…</source>
        <translation>CSV wird gespeichert…</translation>
    </message>
    <message>
        <source>The CSV could not be saved: {error}</source>
        <translation>Die CSV-Datei konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF wird gespeichert…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Bericht zum Schichtende</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Drucken fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>An {printer} gesendet.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
</context>
<context>
    <name>Resolutions</name>
    <message>
        <source>BTCPay could not say what the customer paid ({error}); nothing was done. Try again in a moment.</source>
        <translation>BTCPay konnte nicht mitteilen, was der Kunde bezahlt hat ({error}); es wurde nichts unternommen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This BTCPay server does not say exactly what was paid (it needs version 2.1.2 or later), so the rest cannot be billed. Refund what arrived instead.</source>
        <translation>Dieser BTCPay-Server gibt nicht genau an, was bezahlt wurde (dafür ist Version 2.1.2 oder neuer nötig), daher kann der Rest nicht in Rechnung gestellt werden. Erstatten Sie stattdessen den eingegangenen Betrag.</translation>
    </message>
    <message>
        <source>A new invoice for the rest was made already: this sale is continued in sale {sale}.</source>
        <translation>Für den Rest wurde bereits eine neue Rechnung erstellt: Dieser Verkauf wird in Verkauf {sale} fortgesetzt.</translation>
    </message>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Dieser Verkauf wird gerade von einem anderen Box-Office-Fenster oder -Befehl an dieser Kasse abgeschlossen. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>Say who is settling this sale: the staff name is missing.</source>
        <translation>Geben Sie an, wer diesen Verkauf klärt: Der Name fehlt.</translation>
    </message>
    <message>
        <source>Say why the sale is settled this way: the reason is missing.</source>
        <translation>Geben Sie an, warum der Verkauf so geklärt wird: Der Grund fehlt.</translation>
    </message>
    <message>
        <source>Only a sale whose invoice expired after part of the price was paid can get a new invoice for the rest.</source>
        <translation>Nur ein Verkauf, dessen Rechnung nach einer Teilzahlung abgelaufen ist, kann eine neue Rechnung für den Rest bekommen.</translation>
    </message>
    <message>
        <source>This sale is continued in sale {sale}, which bills the rest: settle that one.</source>
        <extracomment>Reasons whose tickets may be issued again: Ticket Tailor refused them, or their hold went.</extracomment>
        <translation>Dieser Verkauf wird in Verkauf {sale} fortgesetzt, der den Rest in Rechnung stellt: Klären Sie diesen.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued and it was not paid over its price, so there is nothing to refund from the till.</source>
        <translation>Die Tickets dieses Verkaufs wurden ausgestellt, und er wurde nicht überzahlt, daher gibt es an der Kasse nichts zu erstatten.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <translation>Dieser Verkauf ist abgeschlossen: Seine Tickets wurden bereits ausgestellt.</translation>
    </message>
    <message>
        <source>This sale does not need attention now; there is nothing to settle.</source>
        <translation>Dieser Verkauf muss jetzt nicht geprüft werden; es gibt nichts zu klären.</translation>
    </message>
    <message>
        <source>Only a payment that arrived in full can be accepted; refund this one instead.</source>
        <translation>Nur eine vollständig eingegangene Zahlung kann angenommen werden; erstatten Sie diese stattdessen.</translation>
    </message>
    <message>
        <source>Ticket Tailor did not refuse this sale&apos;s tickets, so there is no issuance to retry.</source>
        <translation>Ticket Tailor hat die Tickets dieses Verkaufs nicht abgelehnt, daher gibt es keine Ausstellung zu wiederholen.</translation>
    </message>
    <message>
        <source>This sale cannot be settled that way from the till; look it up in BTCPay.</source>
        <translation>Dieser Verkauf kann an der Kasse nicht auf diese Weise geklärt werden; sehen Sie in BTCPay nach.</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>today at {time}</source>
        <extracomment>The order for the rest of a partly paid, expired sale, to start as any sale. The sale engine (accepting, e-mailing again); None until the till is open. Who is settling sales at this till, asked once per window.</extracomment>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>The sale could not be started.</source>
        <translation>Der Verkauf konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The sale did not start</source>
        <translation>Der Verkauf wurde nicht gestartet</translation>
    </message>
    <message>
        <source>{order}, {event} — started {when}.</source>
        <translation>{order}, {event} — begonnen {when}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Payment window closed — the tickets were released</source>
        <translation>Zahlungsfenster geschlossen — die Tickets wurden freigegeben</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <extracomment>On a kiosk the customer photographs the ticket&apos;s code from the screen: larger. The size of each ticket&apos;s code in the list (pixels).</extracomment>
        <translation>Erneut mailen</translation>
    </message>
    <message>
        <source>Tickets of the sale</source>
        <translation>Tickets des Verkaufs</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>Prüfen nötig — bitte diesen Verkauf prüfen</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Zahlung annehmen und Tickets ausstellen</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Tickets drucken</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Paper to print on</source>
        <translation>Papier zum Drucken</translation>
    </message>
    <message>
        <source>‹ Sales</source>
        <translation>‹ Verkäufe</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>Box Office could not start selling: {error}</source>
        <extracomment>The screen the window shows now (a `Screen`), after every navigation. The till could not open (the exception): not set up, or a service refused. Resume the journal&apos;s unfinished sales once open (not when taking over a runtime another window already resumed them with). Where a new sale starts: the events, or a kiosk&apos;s welcome screen. Where staff asked to be, the earlier sale they opened, and what the window shows. Whether the current sale ended while staff looked elsewhere (and not seen since). The window closed, or handed its till over: the flow does nothing more.</extracomment>
        <translation>Box Office konnte den Verkauf nicht beginnen: {error}</translation>
    </message>
    <message>
        <source>Earlier unfinished sales could not be checked: {error}</source>
        <translation>Frühere unvollendete Verkäufe konnten nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <source>Resumed the sale that was being paid when Box Office stopped.</source>
        <translation>Der Verkauf, der beim Beenden von Box Office gerade bezahlt wurde, wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale first.</source>
        <translation>Schließen Sie zuerst den laufenden Verkauf ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>The sale you left is paid, tickets issued: {what}</source>
        <translation>Der verlassene Verkauf ist bezahlt, Tickets ausgestellt: {what}</translation>
    </message>
    <message>
        <source>The sale you left needs attention ({detail}): {what}</source>
        <translation>Der verlassene Verkauf muss geprüft werden ({detail}): {what}</translation>
    </message>
    <message>
        <source>The sale you left has ended ({detail}): {what}</source>
        <translation>Der verlassene Verkauf ist beendet ({detail}): {what}</translation>
    </message>
    <message>
        <source>Sale in progress — {status}: {what}</source>
        <translation>Verkauf läuft — {status}: {what}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet. Check the settings, then try again.</source>
        <translation>Box Office ist noch nicht verbunden. Prüfen Sie die Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sale could not start: {error}</source>
        <translation>Der Verkauf konnte nicht beginnen: {error}</translation>
    </message>
    <message>
        <source>The sale could not be cancelled: {error}</source>
        <translation>Der Verkauf konnte nicht abgebrochen werden: {error}</translation>
    </message>
    <message>
        <source>The sale could not start.</source>
        <translation>Der Verkauf konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgelaufen: {error}</translation>
    </message>
</context>
<context>
    <name>SaleNotices</name>
    <message>
        <source>An earlier sale needs attention{more} ({detail}): {summary}, sale {sale}.</source>
        <extracomment>Sales staff have been told need attention (each is told once). The sale (or, None, the recent sales) the notice banner&apos;s button leads to. A kiosk&apos;s: no news of other people&apos;s sales for the stranger at the screen.</extracomment>
        <translation>Ein früherer Verkauf muss geprüft werden{more} ({detail}): {summary}, Verkauf {sale}.</translation>
    </message>
    <message>
        <source> Check {references} by hand.</source>
        <translation> Prüfen Sie {references} von Hand.</translation>
    </message>
    <message>
        <source>Sale {sale}{more} could not be read from the journal ({problem}) and was set aside.{check} Every other sale goes on; boxoffice doctor lists them all.</source>
        <translation>Verkauf {sale}{more} konnte nicht aus dem Journal gelesen werden ({problem}) und wurde beiseitegelegt.{check} Alle anderen Verkäufe laufen weiter; boxoffice doctor listet sie alle auf.</translation>
    </message>
    <message>
        <source>An earlier sale was paid and its tickets issued — {summary}, sale {sale}.</source>
        <translation>Ein früherer Verkauf wurde bezahlt und seine Tickets ausgestellt — {summary}, Verkauf {sale}.</translation>
    </message>
    <message>
        <source>An earlier sale needs attention ({detail}): {summary}, sale {sale}.</source>
        <translation>Ein früherer Verkauf muss geprüft werden ({detail}): {summary}, Verkauf {sale}.</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Verkauf zeigen</translation>
    </message>
    <message>
        <source>Show recent sales</source>
        <translation>Letzte Verkäufe zeigen</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>SaleWords</name>
    <message>
        <source>The payment was accepted in BTCPay after the sale had stopped.</source>
        <extracomment>Statuses whose payment may still change: the invoice may be paid, confirmed or expire. Statuses that say the customer has paid in full (confirming, or settled). Statuses of an invoice that can no longer be paid as asked. Additional statuses that say some money reached the invoice. Additional statuses that say the whole amount arrived (§6.2).</extracomment>
        <translation>Die Zahlung wurde in BTCPay angenommen, nachdem der Verkauf beendet war.</translation>
    </message>
    <message>
        <source>Overpaid: {paid} was paid for {total}; the customer may ask for the difference back.</source>
        <extracomment>The invoice&apos;s status, additional status or paid amount differ from the snapshot&apos;s. Read the payment methods again (changed, a BOLT11 being renewed, none yet, new state).</extracomment>
        <translation>Überzahlt: {paid} für {total} bezahlt; der Kunde kann die Differenz zurückverlangen.</translation>
    </message>
    <message>
        <source>Marked as paid in BTCPay.</source>
        <translation>In BTCPay als bezahlt markiert.</translation>
    </message>
    <message>
        <source>The customer paid before the cancel took effect.</source>
        <translation>Der Kunde hat bezahlt, bevor der Abbruch wirksam wurde.</translation>
    </message>
    <message>
        <source>The invoice was paid after all, so the sale goes on.</source>
        <translation>Die Rechnung wurde doch noch bezahlt, daher geht der Verkauf weiter.</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ein Betrag</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid before the invoice expired; the tickets were released. Bill the rest with a new invoice, or refund what arrived.</source>
        <translation>Nur {paid} von {total} wurde vor Ablauf der Rechnung bezahlt; die Tickets wurden freigegeben. Berechnen Sie den Rest mit einer neuen Rechnung, oder erstatten Sie, was angekommen ist.</translation>
    </message>
    <message>
        <source>{paid} of {total} arrived after the invoice expired. Accept it (mark the invoice settled in BTCPay) to issue the tickets, or refund the customer.</source>
        <translation>{paid} von {total} ging nach Ablauf der Rechnung ein. Nehmen Sie die Zahlung an (Rechnung in BTCPay als beglichen markieren), um die Tickets auszustellen, oder erstatten Sie dem Kunden den Betrag.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid after the sale was cancelled. Refund the customer, or mark the invoice settled in BTCPay to issue the tickets.</source>
        <translation>{paid} von {total} wurde nach dem Abbruch des Verkaufs bezahlt. Erstatten Sie dem Kunden den Betrag oder markieren Sie die Rechnung in BTCPay als beglichen, um die Tickets auszustellen.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid but not confirmed in time; the invoice is invalid. Check the payment in BTCPay.</source>
        <translation>{paid} von {total} wurde bezahlt, aber nicht rechtzeitig bestätigt; die Rechnung ist ungültig. Prüfen Sie die Zahlung in BTCPay.</translation>
    </message>
    <message>
        <source>Paid, but {missing} of {seats} tickets are no longer available: Ticket Tailor would not hold them again ({detail}). Refund the customer, or sell them another way.</source>
        <translation>Bezahlt, aber {missing} von {seats} Tickets sind nicht mehr verfügbar: Ticket Tailor hat sie nicht erneut reserviert ({detail}). Erstatten Sie dem Kunden den Betrag oder verkaufen Sie ihm die Tickets auf anderem Weg.</translation>
    </message>
    <message>
        <source>Paid, but the reserved tickets are no longer held in Ticket Tailor; {missing} of {seats} tickets were not issued.</source>
        <translation>Bezahlt, aber die Tickets sind in Ticket Tailor nicht mehr reserviert; {missing} von {seats} Tickets wurden nicht ausgestellt.</translation>
    </message>
    <message>
        <source>Paid, but Ticket Tailor refused to issue {missing} of {seats} tickets: {detail}</source>
        <translation>Bezahlt, aber Ticket Tailor hat das Ausstellen von {missing} von {seats} Tickets abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The ticket ids could not be written to the invoice ({detail}).</source>
        <translation>Die Ticket-IDs konnten nicht in die Rechnung geschrieben werden ({detail}).</translation>
    </message>
    <message>
        <source>The invoice could not be created: {error}</source>
        <extracomment>A failed write with this error may still have been carried out: look before giving up.</extracomment>
        <translation>Die Rechnung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>The tickets could not be reserved: {error}</source>
        <translation>Die Tickets konnten nicht reserviert werden: {error}</translation>
    </message>
    <message>
        <source>{name}: sold out. Another sale took them meanwhile.</source>
        <translation>{name}: ausverkauft. Ein anderer Verkauf war schneller.</translation>
    </message>
    <message>
        <source>{name}: no longer on sale.</source>
        <translation>{name}: nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>{name}: only {count} left. Another sale took them meanwhile.</source>
        <translation>{name}: nur noch {count}. Ein anderer Verkauf war schneller.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}: ausverkauft.</translation>
    </message>
    <message>
        <source>Ticket Tailor refused to reserve the tickets: {detail}</source>
        <translation>Ticket Tailor hat die Reservierung der Tickets abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The customer has just paid; the sale cannot be cancelled.</source>
        <extracomment>Cash and complimentary sales (no invoice, no BTCPay call).</extracomment>
        <translation>Der Kunde hat gerade bezahlt; der Verkauf kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Staff accepted the payment at the till after the sale had stopped.</source>
        <translation>Das Personal hat die Zahlung an der Kasse angenommen, nachdem der Verkauf beendet war.</translation>
    </message>
    <message>
        <source>{error} — still trying; the sale is safe.</source>
        <translation>{error} — wird weiter versucht; der Verkauf ist sicher.</translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>The invoice&apos;s BTCPay page could not be opened: check the BTCPay address.</source>
        <extracomment>A kiosk opens no browser and no print dialog, even for staff: either stays open on the screen (a browser, a file system to browse) for the next customer.</extracomment>
        <translation>Die BTCPay-Seite der Rechnung konnte nicht geöffnet werden: Prüfen Sie die BTCPay-Adresse.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Tickets werden erneut an {address} gemailt…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Tickets erneut an BTCPay zum Mailen an {address} übergeben.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}. {note}</source>
        <translation>Tickets nicht an {address} gemailt. {note}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet.</source>
        <translation>Box Office ist noch nicht verbunden.</translation>
    </message>
    <message>
        <source>Looking in BTCPay for other tills&apos; unfinished sales…</source>
        <translation>Unvollendete Verkäufe anderer Kassen werden in BTCPay gesucht…</translation>
    </message>
    <message>
        <source>Other tills&apos; sales could not be looked up: {error}</source>
        <translation>Die Verkäufe anderer Kassen konnten nicht abgefragt werden: {error}</translation>
    </message>
    <message>
        <source>No other till left a sale unfinished in BTCPay.</source>
        <translation>Keine andere Kasse hat in BTCPay einen Verkauf unvollendet hinterlassen.</translation>
    </message>
    <message>
        <source>Finished {count} sale of {tills} here:</source>
        <translation>{count} Verkauf von {tills} hier abgeschlossen:</translation>
    </message>
    <message>
        <source>Finished {count} sales of {tills} here:</source>
        <translation>{count} Verkäufe von {tills} hier abgeschlossen:</translation>
    </message>
    <message>
        <source>{count} completed, tickets issued</source>
        <translation>{count} abgeschlossen, Tickets ausgestellt</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} freigegeben</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{count} sale was left to its till, which worked on it lately.</source>
        <translation>{count} Verkauf wurde seiner Kasse überlassen, die zuletzt daran gearbeitet hat.</translation>
    </message>
    <message>
        <source>{count} sales were left to their tills, which worked on them lately.</source>
        <translation>{count} Verkäufe wurden ihren Kassen überlassen, die zuletzt daran gearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>SalesFilter</name>
    <message>
        <source>All states</source>
        <extracomment>Not a state: the sales other tills left, finished here (`RecentSalesModel.foreign`). The state filters in the order offered, with their words (context &quot;SalesFilter&quot;).</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfen nötig</translation>
    </message>
    <message>
        <source>Released/expired</source>
        <translation>Freigegeben/abgelaufen</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Other tills&apos; sales</source>
        <translation>Verkäufe anderer Kassen</translation>
    </message>
</context>
<context>
    <name>SeeStaffScreen</name>
    <message>
        <source>Please see a member of staff</source>
        <extracomment>How long &quot;Payment received — confirming&quot; stays before the kiosk moves on (seconds).</extracomment>
        <translation>Bitte wenden Sie sich an das Personal</translation>
    </message>
    <message>
        <source>Something needs a person to finish your purchase. Nothing is lost.</source>
        <translation>Ihr Kauf muss von einer Person abgeschlossen werden. Es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code für das Personal: %1</translation>
    </message>
</context>
<context>
    <name>SetUp</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>the {setting} ({variable})</source>
        <translation>„{setting}“ ({variable})</translation>
    </message>
    <message>
        <source>Box Office is not set up yet: set {missing} in the settings dialog, or as environment variables.</source>
        <translation>Box Office ist noch nicht eingerichtet: Setzen Sie {missing} in den Einstellungen oder als Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({error}), so this till has no id yet; make the folder writable or set BOXOFFICE_DEVICE_ID.</source>
        <translation>Die Einstellungen konnten nicht unter {path} gespeichert werden ({error}), daher hat diese Kasse noch keine ID; machen Sie den Ordner beschreibbar oder setzen Sie BOXOFFICE_DEVICE_ID.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>{count} ticket change</source>
        <translation>{count} Ticketänderung</translation>
    </message>
    <message>
        <source>{count} ticket changes</source>
        <translation>{count} Ticketänderungen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Ticket Tailor address</source>
        <translation>Adresse von Ticket Tailor</translation>
    </message>
    <message>
        <source>Where the Ticket Tailor API is. Leave it as it is unless you use a test server.</source>
        <translation>Wo die API von Ticket Tailor erreichbar ist. Nur ändern, wenn Sie einen Testserver verwenden.</translation>
    </message>
    <message>
        <source>Events sold at this door</source>
        <translation>An dieser Kasse verkaufte Veranstaltungen</translation>
    </message>
    <message>
        <source>The Ticket Tailor events (ids starting with ev_) this till sells. Leave empty to sell every published event.</source>
        <translation>Die Veranstaltungen aus Ticket Tailor (IDs beginnen mit ev_), die diese Kasse verkauft. Leer lassen, um jede veröffentlichte Veranstaltung zu verkaufen.</translation>
    </message>
    <message>
        <source>Ticket changes at the door</source>
        <translation>Ticketänderungen an dieser Kasse</translation>
    </message>
    <message>
        <source>For a ticket type: another name, a door price, another description, or hide it at this till. Ticket Tailor itself is not changed.</source>
        <translation>Für eine Ticketart: ein anderer Name, ein Abendkassenpreis, eine andere Beschreibung, oder an dieser Kasse ausblenden. Ticket Tailor selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Adresse des BTCPay Servers</translation>
    </message>
    <message>
        <source>The address of your BTCPay Server, for example https://btcpay.example.com.</source>
        <translation>Die Adresse Ihres BTCPay Servers, zum Beispiel https://btcpay.example.com.</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>BTCPay-Store-ID</translation>
    </message>
    <message>
        <source>In BTCPay: Store settings, General, Store ID.</source>
        <translation>In BTCPay: Store settings, General, Store ID.</translation>
    </message>
    <message>
        <source>Time to pay (minutes)</source>
        <translation>Zahlungsfrist (Minuten)</translation>
    </message>
    <message>
        <source>How long an invoice can be paid, in whole minutes. The tickets stay reserved for this time.</source>
        <translation>Wie lange eine Rechnung bezahlt werden kann, in ganzen Minuten. So lange bleiben die Tickets reserviert.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>How buyers can pay. Lightning is instant; on-chain may wait for a confirmation.</source>
        <translation>Wie Käufer bezahlen können. Lightning geht sofort; on-chain wartet unter Umständen auf eine Bestätigung.</translation>
    </message>
    <message>
        <source>Bitcoin on-chain</source>
        <translation>Bitcoin on-chain</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>On-chain payment counts as paid</source>
        <translation>On-chain-Zahlung gilt als bezahlt</translation>
    </message>
    <message>
        <source>How many confirmations an on-chain payment needs before the tickets are issued. A payment that signals replace-by-fee, as many wallets do by default, needs one confirmation even at the fastest setting.</source>
        <translation>Wie viele Bestätigungen eine On-chain-Zahlung braucht, bevor die Tickets ausgestellt werden. Eine Zahlung mit Replace-by-Fee-Signal, wie viele Wallets sie standardmäßig senden, braucht selbst bei der schnellsten Einstellung eine Bestätigung.</translation>
    </message>
    <message>
        <source>As soon as seen (1 confirmation if it signals RBF)</source>
        <translation>Sobald sie eingeht (1 Bestätigung bei RBF-Signal)</translation>
    </message>
    <message>
        <source>After 1 confirmation</source>
        <translation>Nach 1 Bestätigung</translation>
    </message>
    <message>
        <source>After 2 confirmations</source>
        <translation>Nach 2 Bestätigungen</translation>
    </message>
    <message>
        <source>After 6 confirmations</source>
        <translation>Nach 6 Bestätigungen</translation>
    </message>
    <message>
        <source>Require the buyer&apos;s full name</source>
        <translation>Vollständigen Namen des Käufers verlangen</translation>
    </message>
    <message>
        <source>When off, the name may be left empty and the placeholder name is printed instead.</source>
        <translation>Wenn aus, darf der Name leer bleiben; dann wird stattdessen der Platzhaltername gedruckt.</translation>
    </message>
    <message>
        <source>Name on tickets when none is given</source>
        <translation>Name auf den Tickets, wenn keiner angegeben ist</translation>
    </message>
    <message>
        <source>Used when the buyer gives no name (or only a first name, as the surname).</source>
        <translation>Wird verwendet, wenn der Käufer keinen Namen angibt (oder als Nachname, wenn er nur einen Vornamen angibt).</translation>
    </message>
    <message>
        <source>Require an e-mail address</source>
        <translation>E-Mail-Adresse verlangen</translation>
    </message>
    <message>
        <source>Turn off for walk-in sales where the tickets are printed or shown on screen; tickets can only be e-mailed when the buyer gives an address.</source>
        <translation>Ausschalten für Laufkundschaft, deren Tickets gedruckt oder am Bildschirm gezeigt werden; Tickets können nur gemailt werden, wenn der Käufer eine Adresse angibt.</translation>
    </message>
    <message>
        <source>E-mail the tickets to the buyer</source>
        <translation>Tickets an den Käufer mailen</translation>
    </message>
    <message>
        <source>Sent through your BTCPay store&apos;s e-mail settings. Ticket Tailor does not e-mail tickets sold this way.</source>
        <translation>Versand über die E-Mail-Einstellungen Ihres BTCPay-Stores. Ticket Tailor mailt so verkaufte Tickets nicht.</translation>
    </message>
    <message>
        <source>Till ID</source>
        <translation>Kassen-ID</translation>
    </message>
    <message>
        <source>Marks the invoices and tickets sold by this till. Made up once, then kept.</source>
        <translation>Kennzeichnet die Rechnungen und Tickets, die diese Kasse verkauft. Wird einmal erzeugt und dann beibehalten.</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Kassenname</translation>
    </message>
    <message>
        <source>A name for this till, such as &apos;Front door&apos;, shown on its sales.</source>
        <translation>Ein Name für diese Kasse, etwa „Haupteingang“, der bei ihren Verkäufen angezeigt wird.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window; a kiosk&apos;s customers may choose their own, and the next customer is welcomed in this one again.</source>
        <translation>Die Sprache des Fensters; am Kiosk können Kunden ihre eigene wählen, und der nächste Kunde wird wieder in dieser begrüßt.</translation>
    </message>
    <message>
        <source>As the system (English when not one of these)</source>
        <translation>Wie das System (sonst Englisch)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>White and yellow on black, with a thick outline around the control in use, for buyers and staff who see less.</source>
        <translation>Weiß und Gelb auf Schwarz, mit dickem Rahmen um das aktive Bedienelement, für Käufer und Personal, die schlechter sehen.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>All text about a third larger.</source>
        <translation>Alle Texte etwa ein Drittel größer.</translation>
    </message>
    <message>
        <source>Start as a kiosk</source>
        <translation>Als Kiosk starten</translation>
    </message>
    <message>
        <source>Full screen and locked, for buyers to serve themselves; only the staff PIN leaves it. Needs a staff PIN.</source>
        <translation>Vollbild und gesperrt, damit Käufer sich selbst bedienen; nur mit der Personal-PIN lässt er sich verlassen. Braucht eine Personal-PIN.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Staff type it on the kiosk to reach the staff menu. Only a salted hash of it is kept.</source>
        <translation>Das Personal gibt sie am Kiosk ein, um ins Personalmenü zu gelangen. Gespeichert wird nur ein gesalzener Hash davon.</translation>
    </message>
    <message>
        <source>Start again after no touch for (seconds)</source>
        <translation>Neustart ohne Berührung nach (Sekunden)</translation>
    </message>
    <message>
        <source>On a choosing screen, the kiosk asks “Are you still there?” after this long without a touch, then goes back to the start. Never while a payment is on.</source>
        <translation>Auf einem Auswahlbildschirm fragt der Kiosk nach so langer Zeit ohne Berührung „Sind Sie noch da?“ und kehrt dann zum Anfang zurück. Nie während einer Zahlung.</translation>
    </message>
    <message>
        <source>Show a finished sale for (seconds)</source>
        <translation>Abgeschlossenen Verkauf zeigen für (Sekunden)</translation>
    </message>
    <message>
        <source>How long the tickets stay on screen after a sale, unless the buyer taps Done: long enough to photograph the ticket QR or take the receipt.</source>
        <translation>Wie lange die Tickets nach einem Verkauf auf dem Bildschirm bleiben, sofern der Käufer nicht „Fertig“ tippt: lang genug, um den QR-Code des Tickets zu fotografieren oder den Beleg zu nehmen.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Begrüßungstext</translation>
    </message>
    <message>
        <source>The organiser&apos;s words on the kiosk&apos;s start screen.</source>
        <translation>Die Worte des Veranstalters auf dem Startbildschirm des Kiosks.</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-Bild</translation>
    </message>
    <message>
        <source>The path to an image file (PNG, JPEG or SVG) shown on the kiosk&apos;s start screen.</source>
        <translation>Der Pfad zu einer Bilddatei (PNG, JPEG oder SVG), die auf dem Startbildschirm des Kiosks erscheint.</translation>
    </message>
</context>
<context>
    <name>SettingCheck</name>
    <message>
        <source>must be true or false (or yes/no, 1/0)</source>
        <extracomment>A NUMBER that only takes whole numbers (kept as int).</extracomment>
        <translation>muss true oder false sein (oder yes/no, 1/0)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</source>
        <translation>muss ein JSON-Objekt sein, etwa {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a web address</source>
        <translation>muss eine Webadresse sein</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (or http://)</source>
        <translation>muss eine Webadresse sein, die mit https:// (oder http://) beginnt</translation>
    </message>
    <message>
        <source>is not a valid web address; check the server name and port</source>
        <translation>ist keine gültige Webadresse; prüfen Sie Servername und Port</translation>
    </message>
    <message>
        <source>needs a server name, like https://btcpay.example.com</source>
        <translation>braucht einen Servernamen, etwa https://btcpay.example.com</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>muss einer dieser Werte sein: {choices}</translation>
    </message>
    <message>
        <source>must be a list of {choices}</source>
        <translation>muss eine Liste aus {choices} sein</translation>
    </message>
    <message>
        <source>must only contain {choices} (found {item})</source>
        <translation>darf nur {choices} enthalten (gefunden: {item})</translation>
    </message>
    <message>
        <source>needs at least one</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a list of names (found {item})</source>
        <translation>muss eine Liste von Namen sein (gefunden: {item})</translation>
    </message>
    <message>
        <source>must map ticket type ids to changes</source>
        <translation>muss Ticketart-IDs Änderungen zuordnen</translation>
    </message>
    <message>
        <source>has a ticket type id that is not text ({id})</source>
        <translation>enthält eine Ticketart-ID, die kein Text ist ({id})</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>dieses Ticket</translation>
    </message>
    <message>
        <source>for {ticket} must be an object with name, price, description, hidden</source>
        <translation>muss für {ticket} ein Objekt mit name, price, description, hidden sein</translation>
    </message>
    <message>
        <source>for {ticket} has unknown fields: {fields}</source>
        <translation>enthält für {ticket} unbekannte Felder: {fields}</translation>
    </message>
    <message>
        <source>for {ticket}: the {field} must be text</source>
        <translation>für {ticket}: das Feld {field} muss Text sein</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be written as text, e.g. &quot;12.50&quot;</source>
        <translation>für {ticket}: der Preis muss als Text geschrieben werden, z. B. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>for {ticket}: the price {price} is not a number</source>
        <translation>für {ticket}: der Preis {price} ist keine Zahl</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be zero or more</source>
        <translation>für {ticket}: der Preis muss null oder mehr sein</translation>
    </message>
    <message>
        <source>for {ticket}: hidden must be true or false</source>
        <translation>für {ticket}: hidden muss true oder false sein</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters, digits, dashes or underscores, starting with a letter or digit</source>
        <translation>muss aus 1 bis 32 Buchstaben, Ziffern, Binde- oder Unterstrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Set by the environment variable {variable}; change it there.</source>
        <extracomment>The setting&apos;s label and help in the window&apos;s language.</extracomment>
        <translation>Gesetzt durch die Umgebungsvariable {variable}; ändern Sie sie dort.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>Keys a hand-edited file might use for an API key. They are never written back.</extracomment>
        <translation>„{setting}“ {problem}.</translation>
    </message>
    <message>
        <source>{variable} is {value}, but {setting} takes whole numbers; {rounded} is used.</source>
        <translation>{variable} ist {value}, aber „{setting}“ erlaubt nur ganze Zahlen; {rounded} wird verwendet.</translation>
    </message>
    <message>
        <source>{variable} is ignored: {setting} {problem}.</source>
        <translation>{variable} wird ignoriert: „{setting}“ {problem}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({error}); the defaults are used.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({error}); die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read, nor copied aside ({error}); the defaults are used.</source>
        <translation>Die Einstellungsdatei {file} ist beschädigt und ließ sich weder lesen noch beiseitekopieren ({error}); die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read; a copy was kept as {copy} and the defaults are used.</source>
        <translation>Die Einstellungsdatei {file} ist beschädigt und ließ sich nicht lesen; eine Kopie wurde als {copy} aufbewahrt, und die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used.</source>
        <translation>Die Einstellungsdatei {file} stammt von einer neueren Version von Box Office; verwendet wird, was diese Version davon kennt.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used; the file as it was is kept as {copy}.</source>
        <translation>Die Einstellungsdatei {file} stammt von einer neueren Version von Box Office; verwendet wird, was diese Version davon kennt; die ursprüngliche Datei wird als {copy} aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file has “{key}”, which looks like a secret; API keys belong in the keyring (settings dialog) or in an environment variable, so it is ignored and removed on the next save.</source>
        <translation>Die Einstellungsdatei enthält „{key}“, was wie ein Geheimnis aussieht; API-Schlüssel gehören in den Schlüsselbund (Einstellungen) oder in eine Umgebungsvariable, daher wird der Eintrag ignoriert und beim nächsten Speichern entfernt.</translation>
    </message>
    <message>
        <source>The settings file has an unknown setting “{key}”; it is kept but not used.</source>
        <translation>Die Einstellungsdatei enthält eine unbekannte Einstellung „{key}“; sie wird behalten, aber nicht verwendet.</translation>
    </message>
    <message>
        <source>In {file}, {setting} was {value}, but it takes whole numbers now; {rounded} is used (and saved on the next save).</source>
        <translation>In {file} stand für „{setting}“ {value}, erlaubt sind jetzt aber nur ganze Zahlen; {rounded} wird verwendet (und beim nächsten Speichern gespeichert).</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead.</source>
        <translation>In {file}: „{setting}“ {problem}; stattdessen wird der Standardwert ({default}) verwendet.</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead; the file as it was is kept as {copy}.</source>
        <translation>In {file}: „{setting}“ {problem}; stattdessen wird der Standardwert ({default}) verwendet; die ursprüngliche Datei wird als {copy} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Box Office settings</source>
        <translation>Box-Office-Einstellungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>How this till is told apart from others selling the same events.</source>
        <translation>Woran diese Kasse von anderen unterschieden wird, die dieselben Veranstaltungen verkaufen.</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>The environment variable {variable} decides this; changes here are saved but not used while it is set.</source>
        <translation>Die Umgebungsvariable {variable} legt dies fest; Änderungen hier werden gespeichert, aber nicht verwendet, solange sie gesetzt ist.</translation>
    </message>
    <message>
        <source>Not saved: see the staff PIN on the Kiosk tab.</source>
        <translation>Nicht gespeichert: Siehe die Personal-PIN im Tab „Kiosk“.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {error}</source>
        <translation>Die Einstellungen konnten nicht nach {path} geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>SettleSale</name>
    <message>
        <source>issue the tickets anyway</source>
        <extracomment>How each decision is named where it is shown afterwards.</extracomment>
        <translation>Tickets trotzdem ausstellen</translation>
    </message>
    <message>
        <source>retry the issuance</source>
        <translation>Ausstellung wiederholen</translation>
    </message>
    <message>
        <source>new invoice for the rest</source>
        <translation>neue Rechnung für den Rest</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Refund the difference…</source>
        <extracomment>Whether staff are looking (never on a kiosk&apos;s customer screen). The sale being settled in the background, if any.</extracomment>
        <translation>Differenz erstatten…</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <extracomment>&quot;New invoice for the rest&quot; (`new_invoice`); its `start` is set by the window.</extracomment>
        <translation>Wird ausgestellt…</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Tickets erneut ausstellen</translation>
    </message>
    <message>
        <source>The customer paid more than the price; the difference can go back.</source>
        <translation>Der Kunde hat mehr als den Preis bezahlt; die Differenz kann erstattet werden.</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>QR-Code der Erstattung zeigen</translation>
    </message>
    <message>
        <source>Decided by {staff} at {time}: {action} — {reason}</source>
        <translation>Entschieden von {staff} um {time}: {action} — {reason}</translation>
    </message>
    <message>
        <source>Continued in sale {sale}, which bills the rest.</source>
        <translation>Fortgesetzt in Verkauf {sale}, der den Rest berechnet.</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Geben Sie zuerst Ihren Namen und den Grund an; beides wird festgehalten.</translation>
    </message>
    <message>
        <source>Counting the tickets already issued, then issuing the rest…</source>
        <translation>Bereits ausgestellte Tickets werden gezählt, dann wird der Rest ausgestellt…</translation>
    </message>
    <message>
        <source>Not issued: {error}</source>
        <translation>Nicht ausgestellt: {error}</translation>
    </message>
    <message>
        <source>Refund of {amount} created (pull payment {pull}).</source>
        <translation>Erstattung über {amount} angelegt (Pull Payment {pull}).</translation>
    </message>
    <message>
        <source>The customer&apos;s claim waits for approval in BTCPay (Payouts).</source>
        <translation>Die Abholung durch den Kunden wartet in BTCPay auf Freigabe (Payouts).</translation>
    </message>
    <message>
        <source>The customer claims it with the refund QR.</source>
        <translation>Der Kunde holt sie mit dem QR-Code der Erstattung ab.</translation>
    </message>
    <message>
        <source>The refund may have been created; check BTCPay.</source>
        <translation>Die Erstattung wurde vielleicht angelegt; prüfen Sie BTCPay.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; waiting for its answer.</source>
        <translation>Bei BTCPay wurde eine Erstattung angefordert; die Antwort steht noch aus.</translation>
    </message>
</context>
<context>
    <name>SettleWidgets</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name, recorded with the decision</source>
        <translation>Ihr Name, wird mit der Entscheidung festgehalten</translation>
    </message>
    <message>
        <source>Why (e.g. the customer is here and paid in full)</source>
        <translation>Warum (z. B. der Kunde ist da und hat vollständig bezahlt)</translation>
    </message>
    <message>
        <source>Reason, recorded with the decision</source>
        <translation>Grund, wird mit der Entscheidung festgehalten</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>because</source>
        <translation>weil</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Tickets erneut ausstellen</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Neue Rechnung für den Rest</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>QR-Code der Erstattung zeigen</translation>
    </message>
</context>
<context>
    <name>ShiftReportCheck</name>
    <message>
        <source>{count} invoice</source>
        <translation>{count} Rechnung</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} Rechnungen</translation>
    </message>
    <message>
        <source>{lightning} by Lightning, {onchain} on-chain</source>
        <translation>{lightning} per Lightning, {onchain} on-chain</translation>
    </message>
    <message>
        <source>BTCPay agrees to the satoshi: {invoices}, {bitcoin}.</source>
        <translation>BTCPay stimmt auf den Satoshi genau überein: {invoices}, {bitcoin}.</translation>
    </message>
    <message>
        <source>{count} difference</source>
        <translation>{count} Abweichung</translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation>{count} Abweichungen</translation>
    </message>
    <message>
        <source>BTCPay does not agree: {found} ({invoices}, {bitcoin}).</source>
        <translation>BTCPay stimmt nicht überein: {found} ({invoices}, {bitcoin}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>kein Verkauf</translation>
    </message>
    <message>
        <source>no invoice</source>
        <translation>keine Rechnung</translation>
    </message>
    <message>
        <source>Invoice {invoice} ({amount}): BTCPay has it for this till, the journal has no sale for it.</source>
        <translation>Rechnung {invoice} ({amount}): BTCPay führt sie für diese Kasse, das Journal hat keinen Verkauf dazu.</translation>
    </message>
    <message>
        <source>Sale {sale}: the journal names invoice {invoice}, BTCPay does not list it.</source>
        <translation>Verkauf {sale}: Das Journal nennt die Rechnung {invoice}, BTCPay führt sie nicht.</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {note}</source>
        <translation>Verkauf {sale}, Rechnung {invoice}: {note}</translation>
    </message>
    <message>
        <source>bitcoin received</source>
        <translation>erhaltene Bitcoin</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {what} {journal} in the journal, {btcpay} in BTCPay (difference {difference}).</source>
        <translation>Verkauf {sale}, Rechnung {invoice}: {what} {journal} im Journal, {btcpay} in BTCPay (Differenz {difference}).</translation>
    </message>
</context>
<context>
    <name>ShiftReportController</name>
    <message>
        <source>The report is shown once the till is open.</source>
        <extracomment>Complimentary sales listed on the page under the table (all of them on paper). The report shown, the latest closing of this till, and the BTCPay check of it. Each sale&apos;s last known state: a new sale or a new outcome reads the report again while the page shows (a snapshot that changes nothing the report counts does not).</extracomment>
        <translation>Der Bericht wird angezeigt, sobald die Kasse geöffnet ist.</translation>
    </message>
    <message>
        <source>The end of the period is not after its start.</source>
        <translation>Das Ende des Zeitraums liegt nicht nach seinem Beginn.</translation>
    </message>
    <message>
        <source>Not counted: {count} damaged records of the journal.</source>
        <translation>Nicht gezählt: {count} beschädigte Einträge des Journals.</translation>
    </message>
    <message>
        <source>{count} sales of other tills in the journal are not in this report.</source>
        <translation>{count} Verkäufe anderer Kassen im Journal sind nicht in diesem Bericht enthalten.</translation>
    </message>
    <message>
        <source>Complimentary tickets:</source>
        <translation>Freitickets:</translation>
    </message>
    <message>
        <source>… and {count} more: Save PDF or Print lists them all.</source>
        <translation>… und {count} weitere: „PDF speichern“ oder „Drucken“ listet alle auf.</translation>
    </message>
    <message>
        <source>Asking BTCPay for this till&apos;s invoices…</source>
        <translation>Rechnungen dieser Kasse werden bei BTCPay abgefragt…</translation>
    </message>
    <message>
        <source>BTCPay could not be asked: {error}</source>
        <translation>BTCPay konnte nicht abgefragt werden: {error}</translation>
    </message>
    <message>
        <source>This till has made no sales yet, so it has no shift to close.</source>
        <translation>Diese Kasse hat noch nichts verkauft, daher gibt es keine Schicht abzuschließen.</translation>
    </message>
    <message>
        <source>The shift was not closed: {error}</source>
        <translation>Die Schicht wurde nicht abgeschlossen: {error}</translation>
    </message>
    <message>
        <source>Shift closed at {time}. A new period starts now.</source>
        <translation>Schicht am {time} abgeschlossen. Ab jetzt beginnt ein neuer Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>End of shift</source>
        <extracomment>The range choices&apos; data. The first column&apos;s data role: &quot;event&quot;, &quot;type&quot; or &quot;total&quot;.</extracomment>
        <translation>Schichtende</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Zahlen des Berichts</translation>
    </message>
    <message>
        <source>Differences with BTCPay</source>
        <translation>Abweichungen zu BTCPay</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Since the last closing</source>
        <translation>Seit dem letzten Abschluss</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check with BTCPay</source>
        <translation>Mit BTCPay abgleichen</translation>
    </message>
    <message>
        <source>Close the shift now? Its totals are recorded with your name, and the report starts again from zero.</source>
        <translation>Die Schicht jetzt abschließen? Ihre Summen werden mit Ihrem Namen festgehalten, und der Bericht beginnt wieder bei null.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Who closes the shift</source>
        <translation>Wer die Schicht abschließt</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Schicht abschließen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Veranstaltung / Ticketart</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Dieser Verkauf wird gerade von einem anderen Box-Office-Fenster oder -Befehl an dieser Kasse abgeschlossen. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>A refund of this sale&apos;s payment was asked for in BTCPay, so the payment cannot be accepted any more.</source>
        <translation>Für die Zahlung dieses Verkaufs wurde in BTCPay eine Erstattung angefordert, daher kann die Zahlung nicht mehr angenommen werden.</translation>
    </message>
    <message>
        <source>This sale&apos;s payment is not in question: there is nothing to accept. Follow the advice on the screen.</source>
        <translation>An der Zahlung dieses Verkaufs ist nichts zu klären: Es gibt nichts anzunehmen. Folgen Sie dem Hinweis auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so its payment cannot be accepted from the till. Look the payment up in BTCPay.</source>
        <translation>BTCPay hat die Rechnung {invoice} in diesem Store nicht mehr, daher kann ihre Zahlung nicht an der Kasse angenommen werden. Suchen Sie die Zahlung in BTCPay.</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid. A partial payment cannot be accepted: refund it from BTCPay, or start a new sale.</source>
        <translation>Nur {paid} von {total} wurde bezahlt. Eine Teilzahlung kann nicht angenommen werden: Erstatten Sie sie über BTCPay oder beginnen Sie einen neuen Verkauf.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment of {total} on this invoice, so there is nothing to accept.</source>
        <translation>BTCPay zeigt auf dieser Rechnung keine Zahlung über {total}, daher gibt es nichts anzunehmen.</translation>
    </message>
    <message>
        <source>BTCPay does not let this invoice ({status}) be marked settled now.</source>
        <translation>BTCPay lässt diese Rechnung ({status}) jetzt nicht als beglichen markieren.</translation>
    </message>
    <message>
        <source>BTCPay refused to mark the invoice settled: {detail}</source>
        <translation>BTCPay hat abgelehnt, die Rechnung als beglichen zu markieren: {detail}</translation>
    </message>
    <message>
        <source>BTCPay left the invoice {status}, not settled.</source>
        <translation>BTCPay hat die Rechnung im Status {status} belassen, nicht beglichen.</translation>
    </message>
    <message>
        <source>Only a completed sale&apos;s tickets can be e-mailed again.</source>
        <translation>Nur die Tickets eines abgeschlossenen Verkaufs können erneut gemailt werden.</translation>
    </message>
    <message>
        <source>The tickets are still being handed to BTCPay for e-mail; wait a moment.</source>
        <translation>Die Tickets werden noch an BTCPay zum Mailen übergeben; bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <extracomment>Statuses from which BTCPay lets an invoice be marked Settled (§5.5), for servers that do not send `availableStatusesForManualMarking`.</extracomment>
        <translation>Dieser Verkauf ist abgeschlossen: Seine Tickets wurden bereits ausgestellt.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Dieser Verkauf läuft noch; warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>The tickets of this sale are being released; wait a moment.</source>
        <translation>Die Tickets dieses Verkaufs werden gerade freigegeben; bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to accept.</source>
        <translation>Für diesen Verkauf wurde nichts bezahlt, daher gibt es nichts anzunehmen.</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Staff mode — closes after {seconds} s without a touch</source>
        <extracomment>The touch minimum for the bar&apos;s buttons (about 9 mm).</extracomment>
        <translation>Personalmodus — schließt nach {seconds} s ohne Berührung</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmenü</translation>
    </message>
    <message>
        <source>Finish — back to customers</source>
        <translation>Fertig — zurück zu den Kunden</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff mode — closes after {} s without a touch</source>
        <extracomment>Seconds without a touch after which the menu closes by itself. Staff chose to settle the sale on screen that needs attention (`set_attention`). Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.</extracomment>
        <translation>Personalmodus — schließt nach {} s ohne Berührung</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmenü</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Bericht zum Schichtende</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Settle sale {code} (needs attention)</source>
        <translation>Verkauf {code} klären (Prüfen nötig)</translation>
    </message>
    <message>
        <source>Out of order: on — tap to sell again</source>
        <translation>Außer Betrieb: an — tippen, um wieder zu verkaufen</translation>
    </message>
    <message>
        <source>Out of order: off — tap to stop selling</source>
        <translation>Außer Betrieb: aus — tippen, um den Verkauf zu stoppen</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>The screens a customer chooses on: idle time counts there, and only there. Events that say a person is at the kiosk. Seconds left before the reset: the &quot;still there?&quot; question is up. A touch answered the question: the customer is still there. Nobody answered: reset the kiosk.</extracomment>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>Starting again in 1 second</source>
        <translation>Neustart in 1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>Neustart in %n Sekunde</numerusform>
            <numerusform>Neustart in %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>Load the events (Events tab) to change tickets.</source>
        <extracomment>The changes by ticket type id, as edited so far. A sentence per door price that is not a valid amount, from the last `commit()`.</extracomment>
        <translation>Laden Sie die Veranstaltungen (Tab „Veranstaltungen“), um Tickets zu ändern.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>{ticket}: {problem}</source>
        <translation>{ticket}: {problem}</translation>
    </message>
</context>
<context>
    <name>TicketChangesPage</name>
    <message>
        <source>Ticket type</source>
        <extracomment>The table&apos;s headings, translated where they are shown.</extracomment>
        <translation>Ticketart</translation>
    </message>
    <message>
        <source>Name at the door</source>
        <translation>Name am Einlass</translation>
    </message>
    <message>
        <source>Door price</source>
        <translation>Abendkassenpreis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Hide here</source>
        <translation>Hier ausblenden</translation>
    </message>
    <message>
        <source>Change a ticket type at this till only: another name, a door price (leave empty for the Ticket Tailor price plus booking fee), another description, or hide it here. Ticket Tailor itself is not changed.</source>
        <translation>Ändern Sie eine Ticketart nur an dieser Kasse: ein anderer Name, ein Abendkassenpreis (leer lassen für den Preis von Ticket Tailor plus Buchungsgebühr), eine andere Beschreibung, oder blenden Sie sie hier aus. Ticket Tailor selbst wird nicht geändert.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Ticket changes</source>
        <translation>Ticketänderungen</translation>
    </message>
</context>
<context>
    <name>TicketEmail</name>
    <message>
        <source>Your tickets for {event}</source>
        <extracomment>The subject of the ticket e-mail to the customer (the messages after it are its body).</extracomment>
        <translation>Ihre Tickets für {event}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Guten Tag {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here is your ticket for {event}.</source>
        <translation>Vielen Dank für Ihren Kauf. Hier ist Ihr Ticket für {event}.</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here are your tickets for {event}.</source>
        <translation>Vielen Dank für Ihren Kauf. Hier sind Ihre Tickets für {event}.</translation>
    </message>
    <message>
        <source>Event: {event}</source>
        <translation>Veranstaltung: {event}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Ort: {venue}</translation>
    </message>
    <message>
        <source>Ticket {number}: {ticket_type} – barcode {barcode}</source>
        <translation>Ticket {number}: {ticket_type} – Barcode {barcode}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Show the barcode</source>
        <translation>Barcode anzeigen</translation>
    </message>
    <message>
        <source>Show the barcode at the door, on your phone or printed.</source>
        <translation>Zeigen Sie den Barcode am Einlass vor, auf Ihrem Smartphone oder ausgedruckt.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referenz: {reference}</translation>
    </message>
</context>
<context>
    <name>TicketOutput</name>
    <message>
        <source>Sending…</source>
        <extracomment>The sale engine (e-mailing again); None until the till is open. Whether &quot;E-mail again&quot; is offered: not on a kiosk. The sale whose tickets are being e-mailed again. The open print or file dialog and what it needs, kept alive until it closes. Where &quot;Save as PDF&quot; starts: the folder last saved to in this run, else this.</extracomment>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>E-mail tickets</source>
        <translation>Tickets mailen</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <translation>Erneut mailen</translation>
    </message>
    <message>
        <source>No e-mail address was given for this sale.</source>
        <translation>Für diesen Verkauf wurde keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off in Settings, or the BTCPay key may not send them.</source>
        <translation>Ticket-E-Mails sind in den Einstellungen aus, oder der BTCPay-Schlüssel darf sie nicht senden.</translation>
    </message>
    <message>
        <source>Send the tickets to {address} again.</source>
        <translation>Die Tickets erneut an {address} senden.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Tickets werden erneut an {address} gemailt…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Tickets erneut an BTCPay zum Mailen an {address} übergeben.</translation>
    </message>
    <message>
        <source>Tickets {sale}</source>
        <translation>Tickets {sale}</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Tickets drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Drucken fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>An {printer} gesendet.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Tickets als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>PDF wird gespeichert…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>Das PDF konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <source>Quantity of {name}</source>
        <translation>Anzahl {name}</translation>
    </message>
    <message>
        <source>Fewer of {name}</source>
        <translation>Weniger {name}</translation>
    </message>
    <message>
        <source>More of {name}</source>
        <translation>Mehr {name}</translation>
    </message>
    <message>
        <source>Unlocked with an access code</source>
        <translation>Mit einem Zugangscode freigeschaltet</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Only {count} left</source>
        <translation>Nur noch {count}</translation>
    </message>
    <message>
        <source>At least {count} per order</source>
        <translation>Mindestens {count} pro Bestellung</translation>
    </message>
</context>
<context>
    <name>TicketsController</name>
    <message>
        <source>Required</source>
        <extracomment>Staff only: (Order, OfflineIntent), paid in cash or complimentary (`offline_checkout`). A code scanned before an event was open, applied when one opens.</extracomment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required, for the tickets</source>
        <translation>Erforderlich, für die Tickets</translation>
    </message>
    <message>
        <source>This event is no longer on sale at this till.</source>
        <translation>Diese Veranstaltung ist an dieser Kasse nicht mehr im Verkauf.</translation>
    </message>
    <message>
        <source>Reserving tickets…</source>
        <translation>Tickets werden reserviert…</translation>
    </message>
    <message>
        <source>Type or scan a code first.</source>
        <translation>Geben Sie zuerst einen Code ein oder scannen Sie ihn.</translation>
    </message>
    <message>
        <source>The code “{code}” unlocks nothing for this event.</source>
        <translation>Der Code „{code}“ schaltet für diese Veranstaltung nichts frei.</translation>
    </message>
    <message>
        <source>Unlocked: {names}</source>
        <translation>Freigeschaltet: {names}</translation>
    </message>
    <message>
        <source>Already unlocked: {names}</source>
        <translation>Bereits freigeschaltet: {names}</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Tickets wählen</translation>
    </message>
    <message>
        <source>Issue free tickets</source>
        <translation>Kostenlose Tickets ausstellen</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>{amount} bezahlen</translation>
    </message>
    <message>
        <source>Needed: the buyer&apos;s full name</source>
        <translation>Nötig: der vollständige Name des Käufers</translation>
    </message>
    <message>
        <source>Tickets will say “{name}”</source>
        <translation>Auf den Tickets steht „{name}“</translation>
    </message>
    <message>
        <source>One name: a surname is added</source>
        <translation>Ein Name: ein Nachname wird ergänzt</translation>
    </message>
    <message>
        <source>Needed: the tickets are e-mailed</source>
        <translation>Nötig: Die Tickets werden gemailt</translation>
    </message>
    <message>
        <source>No e-mail: print or show the tickets</source>
        <translation>Keine E-Mail: Tickets drucken oder zeigen</translation>
    </message>
    <message>
        <source>✓ Looks good</source>
        <translation>✓ Sieht gut aus</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>‹ Events</source>
        <extracomment>A kiosk&apos;s: big steppers for the quantities and a keyboard on the screen.</extracomment>
        <translation>‹ Veranstaltungen</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Zugangscode</translation>
    </message>
    <message>
        <source>Code or scanned link</source>
        <translation>Code oder Link</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Buyer&apos;s full name</source>
        <translation>Vollständiger Name des Käufers</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Käufers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Tickets wählen</translation>
    </message>
</context>
</TS>
