<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptPayment</name>
    <message>
        <source>Payment accepted — issuing the tickets…</source>
        <extracomment>The sale engine; None until the till is open. Whether staff may accept (not on a kiosk, where the customer is the one looking). The sale whose payment is being accepted. The open confirmation box, kept alive until it closes.</extracomment>
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
        <translation>{setting} {problem}.</translation>
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
        <extracomment>The declared settings this page edits (the rest are on the pages built from declarations).</extracomment>
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
    <name>EventChoice</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>The account&apos;s published events, by start time, once loaded. The ids ticked, in the order they were ticked.</extracomment>
        <translation>{setting} {problem}.</translation>
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
    <message>
        <source>A staff PIN is made of digits only, {low} to {high} of them.</source>
        <translation>Eine Personal-PIN besteht nur aus Ziffern, {low} bis {high} davon.</translation>
    </message>
    <message>
        <source>A staff PIN has {low} to {high} digits.</source>
        <translation>Eine Personal-PIN hat {low} bis {high} Ziffern.</translation>
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
        <extracomment>The window&apos;s controller (a `SaleFlow`), attached by `boxoffice.ui.app`. The open settings dialog (one at a time), and the demo&apos;s throw-away profile.</extracomment>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Letzte Verkäufe</translation>
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
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <extracomment>The smallest key (a finger is about 9 mm; 48 px at a kiosk screen&apos;s density). The height keys are given: comfortably above the minimum, for hurried fingers. Past this width the keys would be too far apart to type on; the keyboard centres itself. Punctuation keys: (object name, text typed), and the kinds of field they show for.</extracomment>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Sorry, this ticket machine is out of order</source>
        <extracomment>The codes, and what each means for staff (the README&apos;s &quot;Kiosk&quot; section lists them too). How often a kiosk that is out of order for a reason it detected looks again (seconds).</extracomment>
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
        <extracomment>Each key is a square this many pixels wide: twice the 48 px touch minimum, for a thumb. Ticks once a second while the pad is locked, to count down and then unlock.</extracomment>
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
</context>
<context>
    <name>ReceiptSection</name>
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
        <source>{count} needs attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} prüfen nötig</translation>
    </message>
    <message>
        <source>{parts} — tap a sale to open it.</source>
        <translation>{parts} — zum Öffnen auf einen Verkauf tippen.</translation>
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
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Laufkundschaft</translation>
    </message>
</context>
<context>
    <name>RecentSalesView</name>
    <message>
        <source>Recent sales</source>
        <translation>Letzte Verkäufe</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Noch keine Verkäufe an dieser Kasse. Verkäufe erscheinen hier, sobald sie beginnen.</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>today at {time}</source>
        <extracomment>The sale engine (accepting, e-mailing again); None until the till is open.</extracomment>
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
        <source>‹ Recent sales</source>
        <translation>‹ Letzte Verkäufe</translation>
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
        <extracomment>The screen the window shows now (a `Screen`), after every navigation. The till could not open (the exception): not set up, or a service refused. Resume the journal&apos;s unfinished sales once open (not when taking over a runtime another window already resumed them with). Where a new sale starts: the events, or a kiosk&apos;s welcome screen. Where staff asked to be, the earlier sale they opened, and what the window shows. Whether the current sale ended while staff looked elsewhere (and not seen since).</extracomment>
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
        <translation>Etwas ist schiefgegangen: {error}</translation>
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
    <name>SettingField</name>
    <message>
        <source>Set by the environment variable {variable}; change it there.</source>
        <translation>Gesetzt durch die Umgebungsvariable {variable}; ändern Sie sie dort.</translation>
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
    <name>StaffMenu</name>
    <message>
        <source>Staff mode — closes after {} s without a touch</source>
        <extracomment>Seconds without a touch after which the menu closes by itself. Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.</extracomment>
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
        <source>Recent sales</source>
        <translation>Letzte Verkäufe</translation>
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
    <name>TicketOutput</name>
    <message>
        <source>Sending…</source>
        <extracomment>The sale engine (e-mailing again); None until the till is open. Whether &quot;E-mail again&quot; is offered: not on a kiosk. The sale whose tickets are being e-mailed again. The open print or file dialog and what it needs, kept alive until it closes. Where &quot;Save as PDF&quot; starts: the folder last saved to in this run, else this.</extracomment>
        <translation>Wird gesendet…</translation>
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
        <extracomment>A code scanned before an event was open, applied when one opens.</extracomment>
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
