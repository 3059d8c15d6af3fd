<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptPayment</name>
    <message>
        <source>Payment accepted — issuing the tickets…</source>
        <extracomment>The sale engine; None until the till is open. Whether staff may accept (not on a kiosk, where the customer is the one looking). The sale whose payment is being accepted. The open confirmation box, kept alive until it closes.</extracomment>
        <translation>Paiement accepté — émission des billets…</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>À vérifier — veuillez contrôler cette vente</translation>
    </message>
    <message>
        <source>This sale did not finish normally.</source>
        <translation>Cette vente ne s&apos;est pas terminée normalement.</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Commande : {order} — {total}</translation>
    </message>
    <message>
        <source>Invoice: {amount}</source>
        <translation>Facture : {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Reçu : {amount}</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Reste dû : {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice status: {status}</source>
        <translation>État de la facture BTCPay : {status}</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>À faire : {advice}</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Acceptation…</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Accepter le paiement et émettre les billets</translation>
    </message>
    <message>
        <source>The payment is accepted; the tickets follow.</source>
        <translation>Le paiement est accepté ; les billets suivent.</translation>
    </message>
    <message>
        <source>Started {when} · sale {sale}</source>
        <translation>Commencée {when} · vente {sale}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>facture BTCPay {invoice}</translation>
    </message>
    <message>
        <source>buyer {email}</source>
        <translation>acheteur {email}</translation>
    </message>
    <message>
        <source>Accept this payment?</source>
        <translation>Accepter ce paiement ?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the ticket now?</source>
        <translation>Accepter les {received} reçus pour {order} ({total}) et émettre le billet maintenant ?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the {count} tickets now?</source>
        <translation>Accepter les {received} reçus pour {order} ({total}) et émettre les {count} billets maintenant ?</translation>
    </message>
    <message>
        <source>Box Office marks the invoice settled in BTCPay; do not refund it afterwards.</source>
        <translation>Box Office marque la facture comme réglée dans BTCPay ; ne la remboursez pas ensuite.</translation>
    </message>
    <message>
        <source>Accept and issue tickets</source>
        <translation>Accepter et émettre les billets</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Marking the invoice settled in BTCPay…</source>
        <translation>Marquage de la facture comme réglée dans BTCPay…</translation>
    </message>
    <message>
        <source>Not accepted: {error}</source>
        <translation>Non accepté : {error}</translation>
    </message>
</context>
<context>
    <name>ApiKeys</name>
    <message>
        <source>API keys are kept in the system keyring ({backend}), never in the settings file.</source>
        <extracomment>The keys the dialog edits, in the order they are read and saved. What the keyring held when read (None: nothing, or the environment decides). The keys that come from environment variables, by secret name.</extracomment>
        <translation>Les clés d&apos;API sont conservées dans le trousseau du système ({backend}), jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer ({backend}), so API keys cannot be saved here. Set {tickettailor} and {btcpay} in the environment that starts Box Office instead.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur ({backend}) : les clés d&apos;API ne peuvent pas être enregistrées ici. Définissez plutôt {tickettailor} et {btcpay} dans l&apos;environnement qui lance Box Office.</translation>
    </message>
    <message>
        <source>Set by {variable}</source>
        <translation>Défini par {variable}</translation>
    </message>
    <message>
        <source>Comes from the environment variable {variable}; change it there.</source>
        <translation>Provient de la variable d&apos;environnement {variable} ; modifiez-la là.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d&apos;API</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({where}).</source>
        <translation>Enregistrée dans le trousseau du système ({where}).</translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in the system keyring ({where}).</source>
        <translation>Pas encore définie. Elle sera enregistrée dans le trousseau du système ({where}).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite : {error}</translation>
    </message>
</context>
<context>
    <name>AttractController</name>
    <message>
        <source>Touch to buy tickets</source>
        <extracomment>Cards per row: two side by side in landscape, one under the other in portrait. A card was touched: open this event&apos;s tickets. &quot;Touch to buy tickets&quot;: show the events. A language was chosen (its code): the kiosk speaks it from now on.</extracomment>
        <translation>Touchez pour acheter des billets</translation>
    </message>
    <message>
        <source>Welcome! Buy your tickets here.</source>
        <translation>Bienvenue ! Achetez vos billets ici.</translation>
    </message>
    <message>
        <source>No tickets on sale right now.</source>
        <translation>Aucun billet en vente pour le moment.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the API key first (an Admin key with “hide personal data” unticked).</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API (une clé Admin avec «&#xa0;hide personal data&#xa0;» décoché).</translation>
    </message>
    <message>
        <source>Enter the API key first, or press Connect to BTCPay.</source>
        <translation>Saisissez d&apos;abord la clé d&apos;API, ou appuyez sur «&#xa0;Se connecter à BTCPay&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>{setting} {problem}.</source>
        <translation>{setting} {problem}.</translation>
    </message>
    <message>
        <source>Enter the BTCPay Server address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur BTCPay.</translation>
    </message>
    <message>
        <source>Waiting for BTCPay: approve the key in the browser window that opened.</source>
        <translation>En attente de BTCPay : approuvez la clé dans la fenêtre du navigateur qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve the key: {address}</source>
        <translation>Ouvrez cette adresse dans un navigateur et approuvez la clé : {address}</translation>
    </message>
    <message>
        <source>Could not wait for BTCPay&apos;s answer: {error}</source>
        <translation>Impossible d&apos;attendre la réponse de BTCPay : {error}</translation>
    </message>
    <message>
        <source>Connected: BTCPay sent a new API key. Press Save to keep it.</source>
        <translation>Connecté : BTCPay a envoyé une nouvelle clé d&apos;API. Appuyez sur Enregistrer pour la garder.</translation>
    </message>
    <message>
        <source>BTCPay allowed {count} stores; the first is used.</source>
        <translation>BTCPay a autorisé {count} boutiques ; la première est utilisée.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Reading the keyring…</source>
        <extracomment>The declared settings this page edits (the rest are on the pages built from declarations).</extracomment>
        <translation>Lecture du trousseau…</translation>
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
        <translation>Adresse de Ticket Tailor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Ticket Tailor API key</source>
        <translation>Clé d&apos;API de Ticket Tailor</translation>
    </message>
    <message>
        <source>Use an Admin API key with “hide personal data” unticked (Ticket Tailor: Box office settings, API, Generate a new key). It starts with sk_.</source>
        <translation>Utilisez une clé d&apos;API Admin avec «&#xa0;hide personal data&#xa0;» décoché (Ticket Tailor : Box office settings, API, Generate a new key). Elle commence par sk_.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>BTCPay Server</source>
        <translation>BTCPay Server</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Adresse du serveur BTCPay</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID de la boutique</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>ID de la boutique BTCPay</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>Clé d&apos;API BTCPay</translation>
    </message>
    <message>
        <source>Connect to BTCPay…</source>
        <translation>Se connecter à BTCPay…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Connect opens BTCPay in your browser and asks for a key that may only view the store&apos;s settings, create invoices and change invoices (plus modify store settings when tickets are e-mailed). Pick the store there.</source>
        <translation>«&#xa0;Se connecter&#xa0;» ouvre BTCPay dans votre navigateur et demande une clé qui peut seulement voir les réglages de la boutique, créer des factures et modifier des factures (et modifier les réglages de la boutique quand les billets sont envoyés par e-mail). Choisissez-y la boutique.</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>Demo till</source>
        <translation>Caisse de démonstration</translation>
    </message>
</context>
<context>
    <name>DemoWallet</name>
    <message>
        <source>Demo wallet — pretend bitcoin</source>
        <translation>Portefeuille de démonstration — bitcoins fictifs</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Portefeuille de démonstration</translation>
    </message>
    <message>
        <source>Pays the invoice on the till&apos;s screen. No real money is involved.</source>
        <translation>Paie la facture affichée sur l&apos;écran de la caisse. Aucun argent réel n&apos;est en jeu.</translation>
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
        <translation>Payer en entier</translation>
    </message>
    <message>
        <source>Pay half</source>
        <translation>Payer la moitié</translation>
    </message>
    <message>
        <source>Pay too much (+50%)</source>
        <translation>Payer trop (+50 %)</translation>
    </message>
    <message>
        <source>Confirm on-chain</source>
        <translation>Confirmer on-chain</translation>
    </message>
    <message>
        <source>Let it expire</source>
        <translation>Laisser expirer</translation>
    </message>
    <message>
        <source>No invoice to pay. Start a sale on the till first.</source>
        <translation>Aucune facture à payer. Commencez d&apos;abord une vente sur la caisse.</translation>
    </message>
    <message>
        <source>The invoice is gone.</source>
        <translation>La facture a disparu.</translation>
    </message>
    <message>
        <source>Invoice {invoice}: {status}</source>
        <translation>Facture {invoice} : {status}</translation>
    </message>
    <message>
        <source>Due: {due} ({amount} {currency})</source>
        <translation>Dû : {due} ({amount} {currency})</translation>
    </message>
    <message>
        <source>This invoice cannot be paid by {method}.</source>
        <translation>Cette facture ne peut pas être payée par {method}.</translation>
    </message>
    <message>
        <source>The wallet could not pay: {error}</source>
        <translation>Le portefeuille n&apos;a pas pu payer : {error}</translation>
    </message>
    <message>
        <source>Paid {amount} by {method}.</source>
        <translation>{amount} payés par {method}.</translation>
    </message>
    <message>
        <source>Could not confirm: {error}</source>
        <translation>Confirmation impossible : {error}</translation>
    </message>
    <message>
        <source>The on-chain payment is confirmed.</source>
        <translation>Le paiement on-chain est confirmé.</translation>
    </message>
    <message>
        <source>Could not expire the invoice: {error}</source>
        <translation>Impossible de faire expirer la facture : {error}</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La facture a expiré.</translation>
    </message>
    <message>
        <source>on-chain</source>
        <translation>on-chain</translation>
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
        <translation>Saisissez d&apos;abord l&apos;adresse et la clé d&apos;API de Ticket Tailor.</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <source>Could not load the events: {error}</source>
        <translation>Impossible de charger les événements : {error}</translation>
    </message>
    <message>
        <source>{count} published event in Ticket Tailor.</source>
        <translation>{count} événement publié dans Ticket Tailor.</translation>
    </message>
    <message>
        <source>{count} published events in Ticket Tailor.</source>
        <translation>{count} événements publiés dans Ticket Tailor.</translation>
    </message>
    <message>
        <source>marked unavailable</source>
        <translation>marqué indisponible</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>pas en vente</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>{event} (not found among the published events)</source>
        <translation>{event} (introuvable parmi les événements publiés)</translation>
    </message>
</context>
<context>
    <name>EventChoicePage</name>
    <message>
        <source>Tick the events sold at this till. With none ticked, every published event with tickets on sale is offered.</source>
        <translation>Cochez les événements vendus sur cette caisse. Si aucun n&apos;est coché, chaque événement publié avec des billets en vente est proposé.</translation>
    </message>
    <message>
        <source>Load events from Ticket Tailor</source>
        <translation>Charger les événements de Ticket Tailor</translation>
    </message>
    <message>
        <source>Events sold at this till</source>
        <translation>Événements vendus sur cette caisse</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>Box Office is not set up yet.
Open Settings to connect Ticket Tailor and BTCPay.</source>
        <extracomment>A refresh failed (the exception): a kiosk goes out of order on it. A refresh succeeded (the catalogue), even when nothing changed.</extracomment>
        <translation>Box Office n&apos;est pas encore configuré.
Ouvrez les Réglages pour connecter Ticket Tailor et BTCPay.</translation>
    </message>
    <message>
        <source>Last known list</source>
        <translation>Dernière liste connue</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Chargement des événements…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Could not update the events: {reason} Showing the last known list.</source>
        <translation>Impossible d&apos;actualiser les événements : {reason} La dernière liste connue est affichée.</translation>
    </message>
    <message>
        <source>Could not update the events: {reason}</source>
        <translation>Impossible d&apos;actualiser les événements : {reason}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non actualisé</translation>
    </message>
    <message>
        <source>No events to show yet.</source>
        <translation>Aucun événement à afficher pour le moment.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Actualisé à {time}</translation>
    </message>
    <message>
        <source>No events on sale.
Organisers: pick the events sold here in Settings.</source>
        <translation>Aucun événement en vente.
Organisateurs : choisissez dans les Réglages les événements vendus ici.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Choose an event</source>
        <translation>Choisissez un événement</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Date to be announced</source>
        <translation>Date à venir</translation>
    </message>
    <message>
        <source>Sell online</source>
        <translation>Vente en ligne</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>reste {count}</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Code only</source>
        <translation>Avec code uniquement</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Pas en vente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Expire dans {time}</translation>
    </message>
    <message>
        <source>{count} ticket</source>
        <translation>{count} billet</translation>
    </message>
    <message>
        <source>{count} tickets</source>
        <translation>{count} billets</translation>
    </message>
    <message>
        <source>{count} sale</source>
        <translation>{count} vente</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation>{count} ventes</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>e-mail on its way to BTCPay</source>
        <translation>e-mail en route vers BTCPay</translation>
    </message>
    <message>
        <source>e-mail handed to BTCPay</source>
        <translation>e-mail remis à BTCPay</translation>
    </message>
    <message>
        <source>e-mail not confirmed</source>
        <translation>e-mail non confirmé</translation>
    </message>
    <message>
        <source>not e-mailed</source>
        <translation>non envoyé par e-mail</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Payé en partie</translation>
    </message>
    <message>
        <source>waiting for the rest</source>
        <translation>en attente du reste</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente du paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>confirmation en cours</translation>
    </message>
    <message>
        <source>issuing the tickets</source>
        <translation>émission des billets</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>reserving the tickets</source>
        <translation>réservation des billets</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>releasing the tickets</source>
        <translation>libération des billets</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>N&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>The declared settings this tab edits as fields (the PIN hash is never a field: its text would show the salt). Touch-first: no target on this tab is smaller than this (pixels).</extracomment>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Type a new PIN twice to set or change it: {low} to {high} digits. Leave both empty to keep the PIN as it is.</source>
        <translation>Tapez deux fois un nouveau code pour le définir ou le changer : {low} à {high} chiffres. Laissez les deux champs vides pour garder le code actuel.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Nouveau code du personnel</translation>
    </message>
    <message>
        <source>Repeat the new staff PIN</source>
        <translation>Répétez le nouveau code du personnel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Payment received — confirming. Your tickets are e-mailed as soon as it confirms.</source>
        <translation>Paiement reçu — confirmation en cours. Vos billets sont envoyés par e-mail dès sa confirmation.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>The staff PIN comes from the environment variable {variable}; change it there.</source>
        <extracomment>The file dialog for the logo, while open (opened with `open()`, never `exec()`).</extracomment>
        <translation>Le code du personnel provient de la variable d&apos;environnement {variable} ; modifiez-la là.</translation>
    </message>
    <message>
        <source>A staff PIN is set</source>
        <translation>Un code du personnel est défini</translation>
    </message>
    <message>
        <source>The saved staff PIN cannot be used: set a new one.</source>
        <translation>Le code du personnel enregistré est inutilisable : définissez-en un nouveau.</translation>
    </message>
    <message>
        <source>No staff PIN yet</source>
        <translation>Pas encore de code du personnel</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the new PIN twice.</source>
        <translation>Les deux codes ne sont pas identiques : tapez deux fois le nouveau code.</translation>
    </message>
    <message>
        <source>A kiosk needs a staff PIN: type one in New PIN and Repeat, or untick “Start as a kiosk”.</source>
        <translation>Une borne a besoin d&apos;un code du personnel : tapez-en un dans Nouveau code et Répéter, ou décochez «&#xa0;Démarrer en borne&#xa0;».</translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation>Enregistrement du code…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Choisir l&apos;image du logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>A staff PIN is made of digits only, {low} to {high} of them.</source>
        <translation>Un code du personnel ne contient que des chiffres, de {low} à {high}.</translation>
    </message>
    <message>
        <source>A staff PIN has {low} to {high} digits.</source>
        <translation>Un code du personnel a de {low} à {high} chiffres.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Box Office — demo</source>
        <extracomment>Lines of text a banner under the top bar shows at most; the rest is in its tooltip.</extracomment>
        <translation>Box Office — démo</translation>
    </message>
    <message>
        <source>Box Office</source>
        <extracomment>The window&apos;s controller (a `SaleFlow`), attached by `boxoffice.ui.app`. The open settings dialog (one at a time), and the demo&apos;s throw-away profile.</extracomment>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Ventes récentes</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Portefeuille démo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Retour à la vente</translation>
    </message>
    <message>
        <source>Demo — no real money is involved. Pay invoices with the Demo wallet window.</source>
        <translation>Démo — aucun argent réel n&apos;est en jeu. Payez les factures avec la fenêtre Portefeuille démo.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les réglages</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Voir la vente</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <extracomment>The smallest key (a finger is about 9 mm; 48 px at a kiosk screen&apos;s density). The height keys are given: comfortably above the minimum, for hurried fingers. Past this width the keys would be too far apart to type on; the keyboard centres itself. Punctuation keys: (object name, text typed), and the kinds of field they show for.</extracomment>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Sorry, this ticket machine is out of order</source>
        <extracomment>The codes, and what each means for staff (the README&apos;s &quot;Kiosk&quot; section lists them too). How often a kiosk that is out of order for a reason it detected looks again (seconds).</extracomment>
        <translation>Désolé, cette borne est hors service</translation>
    </message>
    <message>
        <source>Please buy your tickets at the box office. We are on it.</source>
        <translation>Veuillez acheter vos billets au guichet. Nous nous en occupons.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code pour le personnel : %1</translation>
    </message>
</context>
<context>
    <name>PairingListener</name>
    <message>
        <source>BTCPay did not send a key in time. Try again, or create a key by hand in BTCPay (Account, API keys) and paste it.</source>
        <translation>BTCPay n&apos;a pas envoyé de clé à temps. Réessayez, ou créez une clé à la main dans BTCPay (Account, API keys) et collez-la.</translation>
    </message>
    <message>
        <source>Approve the request on BTCPay&apos;s page.</source>
        <translation>Approuvez la demande sur la page de BTCPay.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer did not contain an API key.</source>
        <translation>La réponse de BTCPay ne contenait pas de clé d&apos;API.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Box Office.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Box Office.</translation>
    </message>
    <message>
        <source>This address only accepts BTCPay&apos;s answer.</source>
        <translation>Cette adresse n&apos;accepte que la réponse de BTCPay.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête invalide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Waiting for BTCPay</source>
        <translation>En attente de BTCPay</translation>
    </message>
    <message>
        <source>No key received</source>
        <translation>Aucune clé reçue</translation>
    </message>
    <message>
        <source>Box Office is connected</source>
        <translation>Box Office est connecté</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Reserving the tickets…</source>
        <translation>Réservation des billets…</translation>
    </message>
    <message>
        <source>Payment received (more than due), confirming</source>
        <translation>Paiement reçu (plus que dû), confirmation en cours</translation>
    </message>
    <message>
        <source>Payment received, confirming</source>
        <translation>Paiement reçu, confirmation en cours</translation>
    </message>
    <message>
        <source>Paid — issuing the tickets…</source>
        <translation>Payé — émission des billets…</translation>
    </message>
    <message>
        <source>Closing the payment window…</source>
        <translation>Fermeture de la fenêtre de paiement…</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Payment window closed</source>
        <translation>Fenêtre de paiement fermée</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas démarrée</translation>
    </message>
    <message>
        <source>Partially paid — {amount} left</source>
        <translation>Payé en partie — reste {amount}</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>En attente du paiement</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <extracomment>The way to pay shown first for a new sale (a kiosk shows Lightning: it settles in seconds, where on-chain takes a block or more). The words while a payment confirms, when a kiosk says more than the till does.</extracomment>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Connection trouble: {problem}</source>
        <translation>Problème de connexion : {problem}</translation>
    </message>
    <message>
        <source>{due} left
of {amount} ({paid} received)</source>
        <translation>reste {due}
sur {amount} ({paid} reçus)</translation>
    </message>
    <message>
        <source>Bitcoin on-chain</source>
        <translation>Bitcoin on-chain</translation>
    </message>
    <message>
        <source>Payment received — no need to scan again.</source>
        <translation>Paiement reçu — inutile de scanner à nouveau.</translation>
    </message>
    <message>
        <source>Bitcoin on-chain — Lightning invoice being renewed…</source>
        <translation>Bitcoin on-chain — facture Lightning en cours de renouvellement…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>Any wallet</source>
        <extracomment>The QR choices: (key, objectName of its button, button text, hint under the QR). The words are marked for lupdate and translated where shown (`method_words`).</extracomment>
        <translation>Tout portefeuille</translation>
    </message>
    <message>
        <source>Bitcoin or Lightning: any wallet can scan this</source>
        <translation>Bitcoin ou Lightning : tout portefeuille peut le scanner</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>Lightning wallets only</source>
        <translation>Portefeuilles Lightning uniquement</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Bitcoin on-chain wallets only</source>
        <translation>Portefeuilles Bitcoin on-chain uniquement</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Scannez pour payer</translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation>QR code de paiement</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <source>Checkout page QR code</source>
        <translation>QR code de la page de paiement</translation>
    </message>
    <message>
        <source>Prefer your phone&apos;s browser? Scan this to open the payment page.</source>
        <translation>Vous préférez le navigateur de votre téléphone ? Scannez ceci pour ouvrir la page de paiement.</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Annuler la vente</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>Each key is a square this many pixels wide: twice the 48 px touch minimum, for a thumb. Ticks once a second while the pad is locked, to count down and then unlock.</extracomment>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type at least {} digits.</source>
        <translation>Tapez au moins {} chiffres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before a pause.</source>
        <translation>
            <numerusform>Code erroné. Encore %n essai avant une pause.</numerusform>
            <numerusform>Code erroné. Encore %n essais avant une pause.</numerusform>
        </translation>
    </message>
    <message>
        <source>{} digits typed</source>
        <translation>{} chiffres tapés</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} s.</source>
        <translation>Trop de codes erronés. Réessayez dans {} s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} min {} s.</source>
        <translation>Trop de codes erronés. Réessayez dans {} min {} s.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>Le code n&apos;a pas pu être vérifié pour l&apos;instant. Réessayez.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Smallest symbol (version 1) with its quiet zone: the size hint before a payload is encoded. Work per event-loop turn (seconds): well under a 60 Hz frame.</extracomment>
        <translation>QR code</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Fewer tickets</source>
        <extracomment>Side of the − and + buttons: above the 48 px touch minimum, as they are pressed most. Press-and-hold: wait this long before repeating, then step this often (milliseconds).</extracomment>
        <translation>Moins de billets</translation>
    </message>
    <message>
        <source>More tickets</source>
        <translation>Plus de billets</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Nombre de billets</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>80 mm receipt roll</source>
        <extracomment>Tickets that fit under the heading on the first A4 page, and on each following page. Text-object type and properties of a QR code inside the receipt document.</extracomment>
        <translation>Rouleau de tickets de 80 mm</translation>
    </message>
    <message>
        <source>Ticket {number} of {count}</source>
        <translation>Billet {number} sur {count}</translation>
    </message>
    <message>
        <source>Total paid: {total}</source>
        <translation>Total payé : {total}</translation>
    </message>
    <message>
        <source>In bitcoin: {amount}</source>
        <translation>En bitcoin : {amount}</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Référence {reference}</translation>
    </message>
    <message>
        <source>Show the QR code at the door.</source>
        <translation>Présentez le QR code à l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Handing the tickets to BTCPay for e-mail to {address}…</source>
        <translation>Remise des billets à BTCPay pour envoi par e-mail à {address}…</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay for e-mail to {address}</source>
        <translation>Billets remis à BTCPay pour envoi par e-mail à {address}</translation>
    </message>
    <message>
        <source>No e-mail address: print the tickets or let the buyer photograph the QR codes.</source>
        <translation>Pas d&apos;adresse e-mail : imprimez les billets ou laissez l&apos;acheteur photographier les QR codes.</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>il n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>E-mail to {address} not confirmed: {note}</source>
        <translation>E-mail à {address} non confirmé : {note}</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}.</source>
        <translation>Billets non envoyés par e-mail à {address}.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}: {note}</source>
        <translation>Billets non envoyés par e-mail à {address} : {note}</translation>
    </message>
    <message>
        <source>Paid — {count} ticket issued</source>
        <translation>Payé — {count} billet émis</translation>
    </message>
    <message>
        <source>Paid — {count} tickets issued</source>
        <translation>Payé — {count} billets émis</translation>
    </message>
    <message>
        <source>Sold {when}</source>
        <translation>Vendu {when}</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Code-barres {barcode}</translation>
    </message>
</context>
<context>
    <name>RecentSalesController</name>
    <message>
        <source>Newest first · {sales}</source>
        <translation>Les plus récentes d&apos;abord · {sales}</translation>
    </message>
    <message>
        <source>{count} in progress</source>
        <translation>{count} en cours</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} à vérifier</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} à vérifier</translation>
    </message>
    <message>
        <source>{parts} — tap a sale to open it.</source>
        <translation>{parts} — touchez une vente pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Client au guichet</translation>
    </message>
</context>
<context>
    <name>RecentSalesView</name>
    <message>
        <source>Recent sales</source>
        <translation>Ventes récentes</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Aucune vente sur cette caisse pour l&apos;instant. Les ventes apparaissent ici dès qu&apos;elles commencent.</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>today at {time}</source>
        <extracomment>The sale engine (accepting, e-mailing again); None until the till is open.</extracomment>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>The sale could not be started.</source>
        <translation>La vente n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The sale did not start</source>
        <translation>La vente n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>{order}, {event} — started {when}.</source>
        <translation>{order}, {event} — commencée {when}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Payment window closed — the tickets were released</source>
        <translation>Fenêtre de paiement fermée — les billets ont été libérés</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <translation>Renvoyer par e-mail</translation>
    </message>
    <message>
        <source>Tickets of the sale</source>
        <translation>Billets de la vente</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>À vérifier — veuillez contrôler cette vente</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Accepter le paiement et émettre les billets</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Imprimer les billets</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Paper to print on</source>
        <translation>Papier d&apos;impression</translation>
    </message>
    <message>
        <source>‹ Recent sales</source>
        <translation>‹ Ventes récentes</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>Box Office could not start selling: {error}</source>
        <extracomment>The screen the window shows now (a `Screen`), after every navigation. The till could not open (the exception): not set up, or a service refused. Resume the journal&apos;s unfinished sales once open (not when taking over a runtime another window already resumed them with). Where a new sale starts: the events, or a kiosk&apos;s welcome screen. Where staff asked to be, the earlier sale they opened, and what the window shows. Whether the current sale ended while staff looked elsewhere (and not seen since).</extracomment>
        <translation>Box Office n&apos;a pas pu commencer à vendre : {error}</translation>
    </message>
    <message>
        <source>Earlier unfinished sales could not be checked: {error}</source>
        <translation>Les ventes inachevées précédentes n&apos;ont pas pu être vérifiées : {error}</translation>
    </message>
    <message>
        <source>Resumed the sale that was being paid when Box Office stopped.</source>
        <translation>La vente qui était en cours de paiement à l&apos;arrêt de Box Office a repris.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale first.</source>
        <translation>Terminez ou annulez d&apos;abord la vente en cours.</translation>
    </message>
    <message>
        <source>The sale you left is paid, tickets issued: {what}</source>
        <translation>La vente que vous avez quittée est payée, billets émis : {what}</translation>
    </message>
    <message>
        <source>The sale you left needs attention ({detail}): {what}</source>
        <translation>La vente que vous avez quittée demande votre attention ({detail}) : {what}</translation>
    </message>
    <message>
        <source>The sale you left has ended ({detail}): {what}</source>
        <translation>La vente que vous avez quittée est terminée ({detail}) : {what}</translation>
    </message>
    <message>
        <source>Sale in progress — {status}: {what}</source>
        <translation>Vente en cours — {status} : {what}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet. Check the settings, then try again.</source>
        <translation>Box Office n&apos;est pas encore connecté. Vérifiez les réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>The sale could not start: {error}</source>
        <translation>La vente n&apos;a pas pu commencer : {error}</translation>
    </message>
    <message>
        <source>The sale could not be cancelled: {error}</source>
        <translation>La vente n&apos;a pas pu être annulée : {error}</translation>
    </message>
    <message>
        <source>The sale could not start.</source>
        <translation>La vente n&apos;a pas pu commencer.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
</context>
<context>
    <name>SaleNotices</name>
    <message>
        <source>An earlier sale needs attention{more} ({detail}): {summary}, sale {sale}.</source>
        <extracomment>Sales staff have been told need attention (each is told once). The sale (or, None, the recent sales) the notice banner&apos;s button leads to. A kiosk&apos;s: no news of other people&apos;s sales for the stranger at the screen.</extracomment>
        <translation>Une vente précédente demande votre attention{more} ({detail}) : {summary}, vente {sale}.</translation>
    </message>
    <message>
        <source> Check {references} by hand.</source>
        <translation> Vérifiez {references} à la main.</translation>
    </message>
    <message>
        <source>Sale {sale}{more} could not be read from the journal ({problem}) and was set aside.{check} Every other sale goes on; boxoffice doctor lists them all.</source>
        <translation>La vente {sale}{more} n&apos;a pas pu être lue dans le journal ({problem}) et a été mise de côté.{check} Toutes les autres ventes continuent ; boxoffice doctor les liste toutes.</translation>
    </message>
    <message>
        <source>An earlier sale was paid and its tickets issued — {summary}, sale {sale}.</source>
        <translation>Une vente précédente a été payée et ses billets émis — {summary}, vente {sale}.</translation>
    </message>
    <message>
        <source>An earlier sale needs attention ({detail}): {summary}, sale {sale}.</source>
        <translation>Une vente précédente demande votre attention ({detail}) : {summary}, vente {sale}.</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Afficher la vente</translation>
    </message>
    <message>
        <source>Show recent sales</source>
        <translation>Afficher les ventes récentes</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} autres)</translation>
    </message>
</context>
<context>
    <name>SeeStaffScreen</name>
    <message>
        <source>Please see a member of staff</source>
        <extracomment>How long &quot;Payment received — confirming&quot; stays before the kiosk moves on (seconds).</extracomment>
        <translation>Veuillez vous adresser au personnel</translation>
    </message>
    <message>
        <source>Something needs a person to finish your purchase. Nothing is lost.</source>
        <translation>Votre achat doit être terminé par une personne. Rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code pour le personnel : %1</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Set by the environment variable {variable}; change it there.</source>
        <translation>Défini par la variable d&apos;environnement {variable} ; modifiez-la là.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Box Office settings</source>
        <translation>Réglages de Box Office</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>How this till is told apart from others selling the same events.</source>
        <translation>Comment cette caisse se distingue des autres qui vendent les mêmes événements.</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>The environment variable {variable} decides this; changes here are saved but not used while it is set.</source>
        <translation>La variable d&apos;environnement {variable} en décide ; les changements faits ici sont enregistrés mais ignorés tant qu&apos;elle est définie.</translation>
    </message>
    <message>
        <source>Not saved: see the staff PIN on the Kiosk tab.</source>
        <translation>Non enregistré : voyez le code du personnel dans l&apos;onglet Borne.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {error}</source>
        <translation>Les réglages n&apos;ont pas pu être écrits dans {path} : {error}</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff mode — closes after {} s without a touch</source>
        <extracomment>Seconds without a touch after which the menu closes by itself. Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.</extracomment>
        <translation>Mode personnel — se ferme après {} s sans contact</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Recent sales</source>
        <translation>Ventes récentes</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Out of order: on — tap to sell again</source>
        <translation>Hors service : oui — touchez pour revendre</translation>
    </message>
    <message>
        <source>Out of order: off — tap to stop selling</source>
        <translation>Hors service : non — touchez pour arrêter la vente</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>The screens a customer chooses on: idle time counts there, and only there. Events that say a person is at the kiosk. Seconds left before the reset: the &quot;still there?&quot; question is up. A touch answered the question: the customer is still there. Nobody answered: reset the kiosk.</extracomment>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Starting again in 1 second</source>
        <translation>Nouveau départ dans 1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>Nouveau départ dans %n seconde</numerusform>
            <numerusform>Nouveau départ dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>Load the events (Events tab) to change tickets.</source>
        <extracomment>The changes by ticket type id, as edited so far. A sentence per door price that is not a valid amount, from the last `commit()`.</extracomment>
        <translation>Chargez les événements (onglet Événements) pour modifier des billets.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>{ticket}: {problem}</source>
        <translation>{ticket} : {problem}</translation>
    </message>
</context>
<context>
    <name>TicketChangesPage</name>
    <message>
        <source>Ticket type</source>
        <extracomment>The table&apos;s headings, translated where they are shown.</extracomment>
        <translation>Type de billet</translation>
    </message>
    <message>
        <source>Name at the door</source>
        <translation>Nom à l&apos;entrée</translation>
    </message>
    <message>
        <source>Door price</source>
        <translation>Prix sur place</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hide here</source>
        <translation>Masquer ici</translation>
    </message>
    <message>
        <source>Change a ticket type at this till only: another name, a door price (leave empty for the Ticket Tailor price plus booking fee), another description, or hide it here. Ticket Tailor itself is not changed.</source>
        <translation>Modifiez un type de billet sur cette caisse uniquement : un autre nom, un prix sur place (laissez vide pour le prix de Ticket Tailor plus les frais de réservation), une autre description, ou masquez-le ici. Ticket Tailor lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Ticket changes</source>
        <translation>Modifications de billets</translation>
    </message>
</context>
<context>
    <name>TicketOutput</name>
    <message>
        <source>Sending…</source>
        <extracomment>The sale engine (e-mailing again); None until the till is open. Whether &quot;E-mail again&quot; is offered: not on a kiosk. The sale whose tickets are being e-mailed again. The open print or file dialog and what it needs, kept alive until it closes. Where &quot;Save as PDF&quot; starts: the folder last saved to in this run, else this.</extracomment>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <translation>Renvoyer par e-mail</translation>
    </message>
    <message>
        <source>No e-mail address was given for this sale.</source>
        <translation>Aucune adresse e-mail n&apos;a été donnée pour cette vente.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off in Settings, or the BTCPay key may not send them.</source>
        <translation>Les e-mails de billets sont désactivés dans les Réglages, ou la clé BTCPay ne peut pas les envoyer.</translation>
    </message>
    <message>
        <source>Send the tickets to {address} again.</source>
        <translation>Renvoyer les billets à {address}.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Nouvel envoi des billets par e-mail à {address}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Non envoyé : {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Billets remis à nouveau à BTCPay pour envoi par e-mail à {address}.</translation>
    </message>
    <message>
        <source>Tickets {sale}</source>
        <translation>Billets {sale}</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Imprimer les billets</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Échec de l&apos;impression : {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Enregistrer les billets en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Enregistrement du PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <source>Quantity of {name}</source>
        <translation>Quantité de {name}</translation>
    </message>
    <message>
        <source>Fewer of {name}</source>
        <translation>Moins de {name}</translation>
    </message>
    <message>
        <source>More of {name}</source>
        <translation>Plus de {name}</translation>
    </message>
    <message>
        <source>Unlocked with an access code</source>
        <translation>Débloqué avec un code d&apos;accès</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Only {count} left</source>
        <translation>Plus que {count}</translation>
    </message>
    <message>
        <source>At least {count} per order</source>
        <translation>Au moins {count} par commande</translation>
    </message>
</context>
<context>
    <name>TicketsController</name>
    <message>
        <source>Required</source>
        <extracomment>A code scanned before an event was open, applied when one opens.</extracomment>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required, for the tickets</source>
        <translation>Obligatoire, pour les billets</translation>
    </message>
    <message>
        <source>This event is no longer on sale at this till.</source>
        <translation>Cet événement n&apos;est plus en vente sur cette caisse.</translation>
    </message>
    <message>
        <source>Reserving tickets…</source>
        <translation>Réservation des billets…</translation>
    </message>
    <message>
        <source>Type or scan a code first.</source>
        <translation>Tapez ou scannez d&apos;abord un code.</translation>
    </message>
    <message>
        <source>The code “{code}” unlocks nothing for this event.</source>
        <translation>Le code «&#xa0;{code}&#xa0;» ne débloque rien pour cet événement.</translation>
    </message>
    <message>
        <source>Unlocked: {names}</source>
        <translation>Débloqué : {names}</translation>
    </message>
    <message>
        <source>Already unlocked: {names}</source>
        <translation>Déjà débloqué : {names}</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Choisir des billets</translation>
    </message>
    <message>
        <source>Issue free tickets</source>
        <translation>Émettre les billets gratuits</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Payer {amount}</translation>
    </message>
    <message>
        <source>Needed: the buyer&apos;s full name</source>
        <translation>Requis : le nom complet de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Tickets will say “{name}”</source>
        <translation>Les billets indiqueront «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>One name: a surname is added</source>
        <translation>Un seul nom : un nom de famille est ajouté</translation>
    </message>
    <message>
        <source>Needed: the tickets are e-mailed</source>
        <translation>Requis : les billets sont envoyés par e-mail</translation>
    </message>
    <message>
        <source>No e-mail: print or show the tickets</source>
        <translation>Pas d&apos;e-mail : imprimez ou montrez les billets</translation>
    </message>
    <message>
        <source>✓ Looks good</source>
        <translation>✓ C&apos;est bon</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>‹ Events</source>
        <extracomment>A kiosk&apos;s: big steppers for the quantities and a keyboard on the screen.</extracomment>
        <translation>‹ Événements</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Code or scanned link</source>
        <translation>Code ou lien</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Buyer&apos;s full name</source>
        <translation>Nom complet de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail address</source>
        <translation>Adresse e-mail de l&apos;acheteur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Choisir des billets</translation>
    </message>
</context>
</TS>
