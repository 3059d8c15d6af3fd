<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptPayment</name>
    <message>
        <source>Payment accepted — issuing the tickets…</source>
        <extracomment>The sale engine; None until the till is open. Whether staff may accept (not on a kiosk, where the customer is the one looking). The sale whose payment is being accepted. The open confirmation box, kept alive until it closes. The settle section: with a staff name and a reason given there, accepting is journalled as their decision (`ResolutionAction.ISSUE_ANYWAY`).</extracomment>
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
        <translation>Commande&#xa0;: {order} — {total}</translation>
    </message>
    <message>
        <source>Invoice: {amount}</source>
        <translation>Facture&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Reçu&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Reste dû&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice status: {status}</source>
        <translation>État de la facture BTCPay&#xa0;: {status}</translation>
    </message>
    <message>
        <source>What to do: nothing here. The rest is billed by sale {sale}.</source>
        <translation>À faire : rien ici. Le reste est facturé par la vente {sale}.</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>À faire&#xa0;: {advice}</translation>
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
        <translation>Le paiement est accepté&#xa0;; les billets suivent.</translation>
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
        <source>The payment is being refunded. Let the customer scan the refund QR (or give them the printed slip) to claim it; nothing else is needed at the till.</source>
        <translation>Le paiement est en cours de remboursement. Laissez le client scanner le QR code du remboursement (ou donnez-lui le bon imprimé) pour le réclamer&#xa0;; rien d&apos;autre n&apos;est nécessaire à la caisse.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer to the refund was lost. Look for it in the store&apos;s pull payments in BTCPay before trying again.</source>
        <translation>La réponse de BTCPay au remboursement s&apos;est perdue. Cherchez le remboursement dans les pull payments de la boutique dans BTCPay avant de réessayer.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; wait for its answer.</source>
        <translation>Un remboursement a été demandé à BTCPay&#xa0;; attendez sa réponse.</translation>
    </message>
    <message>
        <source>Accept this payment?</source>
        <translation>Accepter ce paiement&#xa0;?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the ticket now?</source>
        <translation>Accepter les {received} reçus pour {order} ({total}) et émettre le billet maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the {count} tickets now?</source>
        <translation>Accepter les {received} reçus pour {order} ({total}) et émettre les {count} billets maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Box Office marks the invoice settled in BTCPay; do not refund it afterwards.</source>
        <translation>Box Office marque la facture comme réglée dans BTCPay&#xa0;; ne la remboursez pas ensuite.</translation>
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
        <translation>Non accepté&#xa0;: {error}</translation>
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
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur ({backend})&#xa0;: les clés d&apos;API ne peuvent pas être enregistrées ici. Définissez plutôt {tickettailor} et {btcpay} dans l&apos;environnement qui lance Box Office.</translation>
    </message>
    <message>
        <source>Set by {variable}</source>
        <translation>Défini par {variable}</translation>
    </message>
    <message>
        <source>Comes from the environment variable {variable}; change it there.</source>
        <translation>Provient de la variable d&apos;environnement {variable}&#xa0;; modifiez-la là.</translation>
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
        <extracomment>A language asked for while a sale was being sold: switched to once it ends.</extracomment>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
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
        <translation>Bienvenue&#xa0;! Achetez vos billets ici.</translation>
    </message>
    <message>
        <source>No tickets on sale right now.</source>
        <translation>Aucun billet en vente pour le moment.</translation>
    </message>
</context>
<context>
    <name>Buyer</name>
    <message>
        <source>enter an e-mail address</source>
        <translation>saisissez une adresse e-mail</translation>
    </message>
    <message>
        <source>remove the spaces</source>
        <translation>supprimez les espaces</translation>
    </message>
    <message>
        <source>add an @ and a domain</source>
        <translation>ajoutez un @ et un domaine</translation>
    </message>
    <message>
        <source>use only one @</source>
        <translation>n&apos;utilisez qu&apos;un seul @</translation>
    </message>
    <message>
        <source>add the name before the @</source>
        <translation>ajoutez le nom avant le @</translation>
    </message>
    <message>
        <source>add a domain after the @</source>
        <translation>ajoutez un domaine après le @</translation>
    </message>
    <message>
        <source>this address is too long</source>
        <translation>cette adresse est trop longue</translation>
    </message>
    <message>
        <source>the part before the @ has a character that is not allowed</source>
        <translation>la partie avant le @ contient un caractère non autorisé</translation>
    </message>
    <message>
        <source>the address has a character that is not allowed</source>
        <translation>l&apos;adresse contient un caractère non autorisé</translation>
    </message>
    <message>
        <source>the domain needs a dot, like example.com</source>
        <translation>le domaine doit contenir un point, comme example.com</translation>
    </message>
    <message>
        <source>the domain after the @ is not valid</source>
        <translation>le domaine après le @ n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the domain ending is not valid</source>
        <translation>la fin du domaine n&apos;est pas valide</translation>
    </message>
    <message>
        <source>use at most {count} characters</source>
        <extracomment>Zero-width non-joiner and joiner: format characters, but ordinary parts of Persian and Indic spelling (&quot;مهران‌زاده&quot;) and of emoji sequences (unicode.org/faq/persian.html).</extracomment>
        <translation>utilisez {count} caractères au maximum</translation>
    </message>
    <message>
        <source>the name has a character that is not allowed</source>
        <translation>le nom contient un caractère non autorisé</translation>
    </message>
    <message>
        <source>a name needs letters</source>
        <translation>un nom doit contenir des lettres</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>Quantities must be whole numbers, zero or more.</source>
        <translation>Les quantités doivent être des nombres entiers, zéro ou plus.</translation>
    </message>
    <message>
        <source>{name} needs its access code first.</source>
        <translation>{name}&#xa0;: saisissez d&apos;abord le code d&apos;accès.</translation>
    </message>
    <message>
        <source>One of the chosen tickets is no longer on sale.</source>
        <translation>L&apos;un des billets choisis n&apos;est plus en vente.</translation>
    </message>
    <message>
        <source>{name}: at least {count} per order.</source>
        <translation>{name}&#xa0;: au moins {count} par commande.</translation>
    </message>
    <message>
        <source>{name}: only {count} left.</source>
        <translation>{name}&#xa0;: il n&apos;en reste que {count}.</translation>
    </message>
    <message>
        <source>{name}: at most {count} per order.</source>
        <translation>{name}&#xa0;: {count} au maximum par commande.</translation>
    </message>
    <message>
        <source>At most {count} tickets from {group} per order.</source>
        <translation>{group}&#xa0;: {count} billets au maximum par commande.</translation>
    </message>
    <message>
        <source>{name}: not on sale now.</source>
        <extracomment>A ticket type&apos;s reason for not being on sale as it reads after its name, by the reason&apos;s source: the catalogue&apos;s reasons begin with a capital, which the sentence does not.</extracomment>
        <translation>{name}&#xa0;: pas en vente pour le moment.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}&#xa0;: complet.</translation>
    </message>
    <message>
        <source>{name}: not available.</source>
        <translation>{name}&#xa0;: indisponible.</translation>
    </message>
    <message>
        <source>{name}: {reason}.</source>
        <translation>{name}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>reserved seating — sell online</source>
        <extracomment>Ticket Tailor statuses shown without a code. Statuses that can be bought (a `locked` one only once unlocked).</extracomment>
        <translation>places numérotées — vente en ligne</translation>
    </message>
    <message>
        <source>sales tax is added on top at Ticket Tailor&apos;s checkout; the door cannot charge it yet</source>
        <extracomment>Why an event with exclusive sales tax is refused (see `_tax_refusal`).</extracomment>
        <translation>la taxe sur les ventes s&apos;ajoute au paiement de Ticket Tailor&#xa0;; la vente sur place ne peut pas encore l&apos;appliquer</translation>
    </message>
    <message>
        <source>online sales closed</source>
        <translation>ventes en ligne closes</translation>
    </message>
    <message>
        <source>Not on sale now</source>
        <extracomment>Why a ticket type cannot be bought now (`OfferedTicketType.unavailable_reason`).</extracomment>
        <translation>Pas en vente pour le moment</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Complet</translation>
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
        <source>{count} event</source>
        <extracomment>The access code that unlocks a secret type (compared trimmed and case-insensitively). Ticket Tailor&apos;s own name, kept for staff screens when an override renames the type. A word for staff that does not stop the sale (&quot;online sales closed&quot;). Why nothing of this event can be sold at the door, when that is so.</extracomment>
        <translation>{count} événement</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} événements</translation>
    </message>
    <message>
        <source>{count} ticket type</source>
        <translation>{count} type de billet</translation>
    </message>
    <message>
        <source>{count} ticket types</source>
        <translation>{count} types de billet</translation>
    </message>
    <message>
        <source>{events} and {types}</source>
        <translation>{events} et {types}</translation>
    </message>
    <message>
        <source>{what} could not be read from Ticket Tailor (left out)</source>
        <translation>Impossible de lire {what} depuis Ticket Tailor (omis)</translation>
    </message>
</context>
<context>
    <name>CatalogueSource</name>
    <message>
        <source>The event {event} selected in the settings does not exist in Ticket Tailor (any more).</source>
        <extracomment>Selected events fetched at once: a handful, well inside Ticket Tailor&apos;s rate limit.</extracomment>
        <translation>L&apos;événement {event} sélectionné dans les réglages n&apos;existe pas (ou plus) dans Ticket Tailor.</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Valid — admit {count}</source>
        <extracomment>Ticket Tailor refused for a reason of its own, or could not be asked and the door list does not know: nobody was admitted.</extracomment>
        <translation>Valide — faire entrer {count}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Déjà validé</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by this till)</source>
        <translation>Déjà validé à {time} (par cette caisse)</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by till {till})</source>
        <translation>Déjà validé à {time} (par la caisse {till})</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Déjà validé à {time}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Billet inconnu</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>{name} · {ticket_type} · {barcode}</source>
        <translation>{name} · {ticket_type} · {barcode}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>billet</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Code-barres {barcode}</translation>
    </message>
    <message>
        <source>This ticket is for {event}.</source>
        <translation>Ce billet est pour {event}.</translation>
    </message>
    <message>
        <source>Do not admit: the ticket was cancelled.</source>
        <translation>Ne pas laisser entrer&#xa0;: le billet a été annulé.</translation>
    </message>
    <message>
        <source>Not on the door list (Ticket Tailor cannot be reached to check).</source>
        <translation>Absent de la liste d&apos;entrée (Ticket Tailor est injoignable pour vérifier).</translation>
    </message>
    <message>
        <source>Checked against the door list: Ticket Tailor will be told when it can be reached.</source>
        <translation>Vérifié sur la liste d&apos;entrée&#xa0;: Ticket Tailor sera informé dès qu&apos;il sera joignable.</translation>
    </message>
</context>
<context>
    <name>CheckInController</name>
    <message>
        <source>Check-in unavailable</source>
        <extracomment>The result&apos;s tone stays this long, then fades to neutral (the words stay). The pulse: the tone blinks off and on this many times, this fast. A scanner types each key within this many seconds of the last (people are slower). Seconds between tries to send the queue while check-ins wait. The page has been shown: this till is a check-in desk (see `_start_if_needed`). The sound of a result (replaceable in tests; a machine without audio stays silent).</extracomment>
        <translation>Contrôle des entrées indisponible</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <source>The till is not open yet.</source>
        <translation>La caisse n&apos;est pas encore ouverte.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>{checked} / {issued}</source>
        <translation>{checked} / {issued}</translation>
    </message>
    <message>
        <source>Waiting for the till to open</source>
        <translation>En attente de l&apos;ouverture de la caisse</translation>
    </message>
    <message>
        <source>Offline — {count} check-in waiting</source>
        <translation>Hors ligne — {count} validation en attente</translation>
    </message>
    <message>
        <source>Offline — {count} check-ins waiting</source>
        <translation>Hors ligne — {count} validations en attente</translation>
    </message>
    <message>
        <source>door list of {time}</source>
        <translation>liste d&apos;entrée de {time}</translation>
    </message>
    <message>
        <source>no door list yet</source>
        <translation>pas encore de liste d&apos;entrée</translation>
    </message>
    <message>
        <source>{count} check-in waiting to be sent</source>
        <translation>{count} validation en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>{count} check-ins waiting to be sent</source>
        <translation>{count} validations en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Online — checked with Ticket Tailor</source>
        <translation>En ligne — vérifié auprès de Ticket Tailor</translation>
    </message>
    <message>
        <source>Connecting to Ticket Tailor…</source>
        <translation>Connexion à Ticket Tailor…</translation>
    </message>
    <message>
        <source>{barcode} ({name}, here at {time})</source>
        <translation>{barcode} ({name}, ici à {time})</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <source>{count} double admission: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} double entrée&#xa0;: billet validé ici hors ligne et aussi ailleurs&#xa0;: {tickets}.</translation>
    </message>
    <message>
        <source>{count} double admissions: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} doubles entrées&#xa0;: billets validés ici hors ligne et aussi ailleurs&#xa0;: {tickets}.</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>non validé</translation>
    </message>
    <message>
        <source>{name}
{ticket_type} · {barcode} · {state}</source>
        <translation>{name}
{ticket_type} · {barcode} · {state}</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>billet</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Check-in</source>
        <translation>Contrôle des entrées</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its barcode and Enter</source>
        <translation>Scannez un billet, ou tapez son code-barres puis Entrée</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <source>Checked in / issued</source>
        <translation>Validés / émis</translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation>Trouver un billet</translation>
    </message>
    <message>
        <source>Name, e-mail or barcode</source>
        <translation>Nom, e-mail ou code-barres</translation>
    </message>
    <message>
        <source>Search the door list</source>
        <translation>Rechercher dans la liste d&apos;entrée</translation>
    </message>
    <message>
        <source>Matching tickets</source>
        <translation>Billets correspondants</translation>
    </message>
    <message>
        <source>Enter or a tap on a ticket checks it in.</source>
        <translation>Entrée ou un appui sur un billet le valide.</translation>
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
        <translation>«&#xa0;{setting}&#xa0;» {problem}.</translation>
    </message>
    <message>
        <source>Enter the BTCPay Server address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur BTCPay.</translation>
    </message>
    <message>
        <source>Waiting for BTCPay: approve the key in the browser window that opened.</source>
        <translation>En attente de BTCPay&#xa0;: approuvez la clé dans la fenêtre du navigateur qui s&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve the key: {address}</source>
        <translation>Ouvrez cette adresse dans un navigateur et approuvez la clé&#xa0;: {address}</translation>
    </message>
    <message>
        <source>Could not wait for BTCPay&apos;s answer: {error}</source>
        <translation>Impossible d&apos;attendre la réponse de BTCPay&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Connected: BTCPay sent a new API key. Press Save to keep it.</source>
        <translation>Connecté&#xa0;: BTCPay a envoyé une nouvelle clé d&apos;API. Appuyez sur Enregistrer pour la garder.</translation>
    </message>
    <message>
        <source>BTCPay allowed {count} stores; the first is used.</source>
        <translation>BTCPay a autorisé {count} boutiques&#xa0;; la première est utilisée.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Reading the keyring…</source>
        <extracomment>The declared settings this page edits (the rest are on the pages built from declarations). A finding&apos;s mark and tone; the tone&apos;s colour is the theme&apos;s (`painted_colours`).</extracomment>
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
        <translation>Utilisez une clé d&apos;API Admin avec «&#xa0;hide personal data&#xa0;» décoché (Ticket Tailor&#xa0;: Box office settings, API, Generate a new key). Elle commence par sk_.</translation>
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
        <translation>Payer trop (+50&#xa0;%)</translation>
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
        <translation>Facture {invoice}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Due: {due} ({amount} {currency})</source>
        <translation>Dû&#xa0;: {due} ({amount} {currency})</translation>
    </message>
    <message>
        <source>This invoice cannot be paid by {method}.</source>
        <translation>Cette facture ne peut pas être payée par {method}.</translation>
    </message>
    <message>
        <source>The wallet could not pay: {error}</source>
        <translation>Le portefeuille n&apos;a pas pu payer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Paid {amount} by {method}.</source>
        <translation>{amount} payés par {method}.</translation>
    </message>
    <message>
        <source>Could not confirm: {error}</source>
        <translation>Confirmation impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The on-chain payment is confirmed.</source>
        <translation>Le paiement on-chain est confirmé.</translation>
    </message>
    <message>
        <source>Could not expire the invoice: {error}</source>
        <translation>Impossible de faire expirer la facture&#xa0;: {error}</translation>
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
    <name>Diagnostics</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>defaults (no settings file yet)</source>
        <translation>valeurs par défaut (pas encore de fichier de réglages)</translation>
    </message>
    <message>
        <source>not made yet (made at the first sale)</source>
        <translation>pas encore créé (il le sera à la première vente)</translation>
    </message>
    <message>
        <source>read from {where}; till ID {device}</source>
        <translation>lus depuis {where}&#xa0;; ID de la caisse {device}</translation>
    </message>
    <message>
        <source>cannot create the Box Office folders: {error}</source>
        <translation>impossible de créer les dossiers de Box Office&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the settings folder {folder} is not writable; fix its owner</source>
        <translation>le dossier des réglages {folder} n&apos;est pas accessible en écriture&#xa0;; corrigez son propriétaire</translation>
    </message>
    <message>
        <source>the journal folder {folder} is not writable; fix its owner</source>
        <translation>le dossier du journal {folder} n&apos;est pas accessible en écriture&#xa0;; corrigez son propriétaire</translation>
    </message>
    <message>
        <source>{file} can be read by other users (mode {mode}); run: chmod 600 {file}</source>
        <translation>{file} est lisible par d&apos;autres utilisateurs (mode {mode})&#xa0;; lancez&#xa0;: chmod 600 {file}</translation>
    </message>
    <message>
        <source>the journal {path} cannot be opened: {error}</source>
        <translation>impossible d&apos;ouvrir le journal {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{record}; run boxoffice reconcile</source>
        <translation>{record}&#xa0;; lancez boxoffice reconcile</translation>
    </message>
    <message>
        <source>not set: enter it in the settings dialog, or set {variable}. {help}</source>
        <translation>non définie&#xa0;: saisissez-la dans les réglages, ou définissez {variable}. {help}</translation>
    </message>
    <message>
        <source>found from {variable}</source>
        <translation>trouvée dans {variable}</translation>
    </message>
    <message>
        <source>found from the keyring ({keyring})</source>
        <translation>trouvée dans le trousseau ({keyring})</translation>
    </message>
    <message>
        <source>no address set (BOXOFFICE_TICKETTAILOR_URL)</source>
        <translation>aucune adresse définie (BOXOFFICE_TICKETTAILOR_URL)</translation>
    </message>
    <message>
        <source>the selected event {event} does not exist; remove it from the events sold at this door</source>
        <translation>l&apos;événement sélectionné {event} n&apos;existe pas&#xa0;; retirez-le des événements vendus sur cette caisse</translation>
    </message>
    <message>
        <source>the API key was refused; create a new one in Ticket Tailor (Box office settings, API) and enter it in the settings</source>
        <translation>la clé d&apos;API a été refusée&#xa0;; créez-en une nouvelle dans Ticket Tailor (Box office settings, API) et saisissez-la dans les réglages</translation>
    </message>
    <message>
        <source>the request was blocked or failed before reaching Ticket Tailor (HTTP {status}, a firewall or proxy page such as Cloudflare&apos;s); the API key is not the problem — try again later or from another network</source>
        <translation>la requête a été bloquée ou a échoué avant d&apos;atteindre Ticket Tailor (HTTP {status}, page d&apos;un pare-feu ou d&apos;un proxy comme Cloudflare)&#xa0;; la clé d&apos;API n&apos;est pas en cause — réessayez plus tard ou depuis un autre réseau</translation>
    </message>
    <message>
        <source>the API key may not read events ({detail})</source>
        <translation>la clé d&apos;API n&apos;a pas le droit de lire les événements ({detail})</translation>
    </message>
    <message>
        <source>connected, but no event is on sale: publish one, or check the events selected in the settings</source>
        <translation>connecté, mais aucun événement n&apos;est en vente&#xa0;: publiez-en un, ou vérifiez les événements sélectionnés dans les réglages</translation>
    </message>
    <message>
        <source>connected; {count} event(s), none has tickets left</source>
        <translation>connecté&#xa0;; {count} événement(s), aucun billet restant</translation>
    </message>
    <message>
        <source>connected; on sale: {names}</source>
        <translation>connecté&#xa0;; en vente&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{unreadable}; the log names them</source>
        <translation>{unreadable}&#xa0;; le détail figure dans le log</translation>
    </message>
    <message>
        <source>{event}: {count} ticket type(s) use reserved seating ({names}); the API cannot issue seated tickets, so they are shown but sold online only</source>
        <translation>{event}&#xa0;: {count} type(s) de billet avec places numérotées ({names})&#xa0;; l&apos;API ne peut pas émettre de billets numérotés&#xa0;: ils sont affichés mais vendus en ligne uniquement</translation>
    </message>
    <message>
        <source>{event} is not sold at this door: {reason}</source>
        <translation>{event} n&apos;est pas vendu sur cette caisse&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{event} is priced in {currency}: Box Office takes Ticket Tailor&apos;s prices as 1/{units} {currency}, which has not been confirmed for this currency; check one price against the dashboard before selling</source>
        <translation>{event} est en {currency}&#xa0;: Box Office lit les prix de Ticket Tailor en 1/{units} {currency}, ce qui n&apos;a pas été vérifié pour cette devise&#xa0;; comparez un prix avec le tableau de bord avant de vendre</translation>
    </message>
    <message>
        <source>the API key hides personal data (names and e-mails come back as &quot;****&quot;): tickets sold here are unaffected, but buyers of online orders cannot be looked up by name or e-mailed; untick &quot;hide personal data&quot; on the key (Box office settings, API)</source>
        <translation>la clé d&apos;API masque les données personnelles (noms et e-mails renvoyés sous la forme «&#xa0;****&#xa0;»)&#xa0;: les billets vendus ici ne sont pas concernés, mais les acheteurs des commandes en ligne ne peuvent être ni recherchés par nom ni contactés par e-mail&#xa0;; décochez «&#xa0;hide personal data&#xa0;» sur la clé (Box office settings, API)</translation>
    </message>
    <message>
        <source>create invoices</source>
        <translation>créer des factures</translation>
    </message>
    <message>
        <source>view invoices</source>
        <translation>voir les factures</translation>
    </message>
    <message>
        <source>modify invoices (to cancel them and note the tickets)</source>
        <translation>modifier les factures (pour les annuler et y noter les billets)</translation>
    </message>
    <message>
        <source>BTCPay permissions</source>
        <translation>Autorisations BTCPay</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>the {setting} is not set ({variable})</source>
        <translation>aucune valeur pour «&#xa0;{setting}&#xa0;» ({variable})</translation>
    </message>
    <message>
        <source>the API key was refused; create one in BTCPay (Account, API keys) and enter it in the settings</source>
        <translation>la clé d&apos;API a été refusée&#xa0;; créez-en une dans BTCPay (Account, API keys) et saisissez-la dans les réglages</translation>
    </message>
    <message>
        <source>connected to BTCPay Server {version}</source>
        <translation>connecté à BTCPay Server {version}</translation>
    </message>
    <message>
        <source>connected to BTCPay Server</source>
        <translation>connecté à BTCPay Server</translation>
    </message>
    <message>
        <source>connected, but the server is not fully synched with the Bitcoin network; payments may be seen late</source>
        <translation>connecté, mais le serveur n&apos;est pas entièrement synchronisé avec le réseau Bitcoin&#xa0;; les paiements risquent d&apos;être vus en retard</translation>
    </message>
    <message>
        <source>cannot read the API key&apos;s permissions: {detail}</source>
        <translation>impossible de lire les autorisations de la clé d&apos;API&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the API key may not {what} in store {store} ({permission}); create a key with that permission</source>
        <translation>la clé d&apos;API n&apos;a pas le droit de {what} dans la boutique {store} ({permission})&#xa0;; créez une clé avec cette autorisation</translation>
    </message>
    <message>
        <source>store “{name}” ({currency})</source>
        <translation>boutique «&#xa0;{name}&#xa0;» ({currency})</translation>
    </message>
    <message>
        <source>the key lists that permission, but your role in the store does not have it</source>
        <translation>la clé comporte cette autorisation, mais pas votre rôle dans la boutique</translation>
    </message>
    <message>
        <source>the key lacks that permission</source>
        <translation>la clé n&apos;a pas cette autorisation</translation>
    </message>
    <message>
        <source>the API key may not view the settings of store {store} ({permission}: {why}); selling works, but the till cannot show the store&apos;s name or check its settings</source>
        <translation>la clé d&apos;API n&apos;a pas le droit de voir les réglages de la boutique {store} ({permission}&#xa0;: {why})&#xa0;; la vente fonctionne, mais la caisse ne peut ni afficher le nom de la boutique ni vérifier ses réglages</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General); this key is for store {others}</source>
        <translation>boutique «&#xa0;{store}&#xa0;» introuvable, ou cette clé n&apos;est pas autorisée pour cette boutique — vérifiez l&apos;ID de la boutique (dans BTCPay&#xa0;: Store settings, General)&#xa0;; cette clé est destinée à la boutique {others}</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General)</source>
        <translation>boutique «&#xa0;{store}&#xa0;» introuvable, ou cette clé n&apos;est pas autorisée pour cette boutique — vérifiez l&apos;ID de la boutique (dans BTCPay&#xa0;: Store settings, General)</translation>
    </message>
    <message>
        <source>tickets cannot be e-mailed: the API key lacks {permission} (or, before BTCPay 2.4.0, {older}). Grant it, or turn off “E-mail the tickets to the buyer”</source>
        <translation>les billets ne peuvent pas être envoyés par e-mail&#xa0;: la clé d&apos;API n&apos;a pas l&apos;autorisation {permission} (ou, avant BTCPay 2.4.0, {older}). Accordez-la, ou désactivez «&#xa0;Envoyer les billets par e-mail à l&apos;acheteur&#xa0;»</translation>
    </message>
    <message>
        <source>the key may hand e-mails to BTCPay, but cannot check the store&apos;s SMTP settings (that needs {permission}); make sure SMTP is set up in BTCPay (Store settings, Emails), or the tickets may not be sent</source>
        <translation>la clé peut remettre les e-mails à BTCPay, mais pas vérifier les réglages SMTP de la boutique (il faut pour cela {permission})&#xa0;; assurez-vous que le SMTP est configuré dans BTCPay (Store settings, Emails), sinon les billets risquent de ne pas partir</translation>
    </message>
    <message>
        <source>could not check the store&apos;s e-mail (SMTP) settings ({detail}); make sure they are set in BTCPay (Store settings, Emails)</source>
        <translation>impossible de vérifier les réglages e-mail (SMTP) de la boutique ({detail})&#xa0;; assurez-vous qu&apos;ils sont définis dans BTCPay (Store settings, Emails)</translation>
    </message>
    <message>
        <source>tickets are e-mailed from {sender} (store SMTP)</source>
        <translation>les billets sont envoyés par e-mail depuis {sender} (SMTP de la boutique)</translation>
    </message>
    <message>
        <source>the store&apos;s SMTP is not configured, so ticket e-mails may not be sent (BTCPay accepts them anyway, and sends them only if the server&apos;s own SMTP may be used). Set it up in BTCPay (Store settings, Emails), or turn off “E-mail the tickets to the buyer”</source>
        <translation>le SMTP de la boutique n&apos;est pas configuré&#xa0;: les e-mails de billets risquent de ne pas partir (BTCPay les accepte quand même, mais ne les envoie que si le SMTP du serveur peut servir). Configurez-le dans BTCPay (Store settings, Emails), ou désactivez «&#xa0;Envoyer les billets par e-mail à l&apos;acheteur&#xa0;»</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>on-chain bitcoin</source>
        <translation>bitcoin on-chain</translation>
    </message>
    <message>
        <source>the server does not offer {method}, which the settings allow; set it up in BTCPay or remove it from the payment methods</source>
        <translation>le serveur ne propose pas {method}, que les réglages autorisent&#xa0;; configurez-le dans BTCPay ou retirez-le des moyens de paiement</translation>
    </message>
    <message>
        <source>cannot read store {store}: {detail}</source>
        <translation>impossible de lire la boutique {store}&#xa0;: {detail}</translation>
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
        <translation>inutilisable&#xa0;: {detail}&#xa0;; vérifiez l&apos;adresse {url}</translation>
    </message>
    <message>
        <source>refunds from the till need the API key&apos;s permission {permission} (“Create non-approved pull payments”; “Create pull payments” includes it and also lets the customer claim the refund at once). Without it, refund in BTCPay itself.</source>
        <extracomment>`POST /api/v1/stores/{storeId}/email/send` needs `cansendstoreemails` from 2.4.0 on, which `canmodifystoresettings` includes; servers before 2.4.0 need `canmodifystoresettings` itself (BTCPay Server source, GreenfieldStoreEmailController.cs; the OpenAPI document still names the old policy). A key with either is accepted for sending. Reading the store&apos;s SMTP settings (`GET .../email`) needs this on every version: a key that may only send cannot tell whether the store has SMTP. `POST .../invoices/{invoiceId}/refund` (and `GET .../refund/{paymentMethodId}`) need `cancreatenonapprovedpullpayments` from 1.13.7 on; the OpenAPI document names `cancreatepullpayments`, which includes it (GreenfieldInvoiceController.cs `RefundInvoice`). Optional: a till sells without it, and only refunds from the till are refused. With this one as well, the customer&apos;s claim of a refund in bitcoin is approved at once; with only `REFUND_PERMISSION` (the Employee role&apos;s level) someone approves it in BTCPay. Listing the store&apos;s pull payments (`GET .../pull-payments`): how a refund whose answer was lost is found again. `canviewstoresettings`, which a till is paired with, includes it. Permissions a till may do without: each with the words that say what it is for and what is lost without it (for the doctor and for a refused refund). Never required for selling.</extracomment>
        <translation>les remboursements depuis la caisse demandent l&apos;autorisation {permission} de la clé d&apos;API (« Create non-approved pull payments » ; « Create pull payments » l&apos;inclut et permet aussi au client de réclamer le remboursement aussitôt). Sans elle, remboursez dans BTCPay même.</translation>
    </message>
</context>
<context>
    <name>EmailNote</name>
    <message>
        <source>Handing the tickets to BTCPay for e-mail…</source>
        <translation>Remise des billets à BTCPay pour envoi par e-mail…</translation>
    </message>
    <message>
        <source>The tickets were handed to BTCPay for e-mail before; use E-mail again in Recent sales if the customer has nothing.</source>
        <extracomment>The tickets were handed to BTCPay for e-mail before (never sent twice on its own).</extracomment>
        <translation>Les billets ont déjà été remis à BTCPay pour envoi par e-mail&#xa0;; si le client n&apos;a rien reçu, utilisez «&#xa0;Renvoyer par e-mail&#xa0;» dans les ventes récentes.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off.</source>
        <extracomment>Ticket e-mails are turned off in the settings.</extracomment>
        <translation>Les e-mails de billets sont désactivés.</translation>
    </message>
    <message>
        <source>No e-mail address was given.</source>
        <extracomment>The buyer gave no address.</extracomment>
        <translation>Aucune adresse e-mail n&apos;a été donnée.</translation>
    </message>
    <message>
        <source>Not sent: the BTCPay API key lacks the permission {permission}.</source>
        <translation>Non envoyé&#xa0;: la clé d&apos;API BTCPay n&apos;a pas l&apos;autorisation {permission}.</translation>
    </message>
    <message>
        <source>Not sent: {detail}</source>
        <translation>Non envoyé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>BTCPay did not confirm it took the e-mail ({detail}); it may have been sent. Ask the customer before using E-mail again.</source>
        <translation>BTCPay n&apos;a pas confirmé avoir pris en charge l&apos;e-mail ({detail})&#xa0;; il a peut-être été envoyé. Demandez au client avant d&apos;utiliser «&#xa0;Renvoyer par e-mail&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{service} did not accept the API key. Check it in Settings.</source>
        <translation>{service} n&apos;a pas accepté la clé d&apos;API. Vérifiez-la dans les Réglages.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this ({permission}). Give the key that permission, or connect again from Settings.</source>
        <translation>La clé d&apos;API {service} n&apos;a pas le droit de faire cela ({permission}). Donnez-lui cette autorisation, ou reconnectez-vous depuis les Réglages.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this. Give the key that permission, or connect again from Settings.</source>
        <translation>La clé d&apos;API {service} n&apos;a pas le droit de faire cela. Donnez-lui cette autorisation, ou reconnectez-vous depuis les Réglages.</translation>
    </message>
    <message>
        <source>The request was blocked or failed before reaching {service} (HTTP {status}). The API key is not the problem; try again later or from another network.</source>
        <translation>La requête a été bloquée ou a échoué avant d&apos;atteindre {service} (HTTP {status}). La clé d&apos;API n&apos;est pas en cause&#xa0;; réessayez plus tard ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>{service} cannot be reached right now ({detail}). Check the network and try again.</source>
        <translation>{service} est injoignable pour le moment ({detail}). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>{service} sent an answer Box Office does not understand ({detail}). Check the address in Settings.</source>
        <translation>{service} a envoyé une réponse que Box Office ne comprend pas ({detail}). Vérifiez l&apos;adresse dans les Réglages.</translation>
    </message>
    <message>
        <source>{service}: {detail}</source>
        <translation>{service}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{service} refused: {detail}</source>
        <translation>{service} a refusé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The request took too long. Check the network and try again.</source>
        <translation>La requête a pris trop de temps. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}).</source>
        <translation>Erreur inattendue ({kind}).</translation>
    </message>
    <message>
        <source>{service}&apos;s request limit is reached until {time}. Try again then.</source>
        <translation>La limite de requêtes de {service} est atteinte jusqu&apos;à {time}. Réessayez à ce moment-là.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait for {seconds} seconds and try again.</source>
        <translation>{service} demande de ralentir&#xa0;; attendez {seconds} secondes et réessayez.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait and try again.</source>
        <translation>{service} demande de ralentir&#xa0;; patientez et réessayez.</translation>
    </message>
</context>
<context>
    <name>EventChoice</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>The account&apos;s published events, by start time, once loaded. The ids ticked, in the order they were ticked.</extracomment>
        <translation>«&#xa0;{setting}&#xa0;» {problem}.</translation>
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
        <translation>Impossible de charger les événements&#xa0;: {error}</translation>
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
        <translation>Impossible d&apos;actualiser les événements&#xa0;: {reason} La dernière liste connue est affichée.</translation>
    </message>
    <message>
        <source>Could not update the events: {reason}</source>
        <translation>Impossible d&apos;actualiser les événements&#xa0;: {reason}</translation>
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
Organisateurs&#xa0;: choisissez dans les Réglages les événements vendus ici.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Choose an event</source>
        <extracomment>The least height of a card; larger text makes it taller (`sizeHint`).</extracomment>
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
    <name>Folders</name>
    <message>
        <source>Box Office cannot create its settings folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <extracomment>What to say when each folder cannot be made.</extracomment>
        <translation>Box Office ne peut pas créer son dossier de réglages {path} ({reason}). Corrigez le propriétaire ou les droits du dossier, ou faites pointer {variable} vers un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Box Office cannot create its data folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office ne peut pas créer son dossier de données {path} ({reason}). Corrigez le propriétaire ou les droits du dossier, ou faites pointer {variable} vers un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Box Office cannot create its log folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office ne peut pas créer son dossier de logs {path} ({reason}). Corrigez le propriétaire ou les droits du dossier, ou faites pointer {variable} vers un dossier où vous pouvez écrire.</translation>
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
        <source>Continued</source>
        <translation>Poursuivie</translation>
    </message>
    <message>
        <source>the rest billed by sale {sale}</source>
        <translation>reste facturé par la vente {sale}</translation>
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
    <name>Journal</name>
    <message>
        <source>invoice {invoice}</source>
        <translation>facture {invoice}</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>réservation {hold}</translation>
    </message>
    <message>
        <source>{invoice} and {hold}</source>
        <translation>{invoice} et {hold}</translation>
    </message>
    <message>
        <source>its data is not valid JSON</source>
        <extracomment>The columns a sale is read back from: its data, and what a person needs if that is damaged.</extracomment>
        <translation>ses données ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>its data is not text</source>
        <translation>ses données ne sont pas du texte</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>champ {field} manquant</translation>
    </message>
    <message>
        <source>a value has the wrong type or form</source>
        <translation>une valeur n&apos;a pas le bon type ou la bonne forme</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Ticket Tailor API key</source>
        <extracomment>The keyring &quot;service&quot; under which both keys are stored. Seconds to wait for the keyring before telling the user to use the environment instead.</extracomment>
        <translation>Clé d&apos;API de Ticket Tailor</translation>
    </message>
    <message>
        <source>In Ticket Tailor: Box office settings, API, Generate a new key (role Admin, personal data not hidden). It starts with sk_.</source>
        <translation>Dans Ticket Tailor&#xa0;: Box office settings, API, Generate a new key (rôle Admin, données personnelles non masquées). Elle commence par sk_.</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>Clé d&apos;API BTCPay</translation>
    </message>
    <message>
        <source>In BTCPay: Account, API keys, Generate key, with the permissions to view store settings, create invoices, modify invoices (and modify store settings to e-mail tickets).</source>
        <translation>Dans BTCPay&#xa0;: Account, API keys, Generate key, avec les autorisations de voir les réglages de la boutique, créer des factures et modifier des factures (plus modifier les réglages de la boutique pour envoyer les billets par e-mail).</translation>
    </message>
    <message>
        <source>Secret Service (e.g. GNOME Keyring)</source>
        <translation>Secret Service (p. ex. GNOME Keyring)</translation>
    </message>
    <message>
        <source>libsecret (e.g. GNOME Keyring)</source>
        <translation>libsecret (p. ex. GNOME Keyring)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>What the keyring is asked to do, as the errors&apos; sentences say it.</extracomment>
        <translation>lire</translation>
    </message>
    <message>
        <source>store</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>none (disabled)</source>
        <translation>aucun (désactivé)</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to {verb} the {secret}; set the environment variable {variable} instead.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur pour {verb} «&#xa0;{secret}&#xa0;»&#xa0;; définissez plutôt la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds when asked to {verb} the {secret} (is it waiting to be unlocked?); unlock it, or set the environment variable {variable} instead.</source>
        <translation>Le trousseau n&apos;a pas répondu en {seconds} secondes alors qu&apos;il devait {verb} «&#xa0;{secret}&#xa0;» (attend-il d&apos;être déverrouillé&#xa0;?)&#xa0;; déverrouillez-le, ou définissez plutôt la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>le trousseau est verrouillé</translation>
    </message>
    <message>
        <source>no keyring is available on this computer</source>
        <translation>aucun trousseau n&apos;est disponible sur cet ordinateur</translation>
    </message>
    <message>
        <source>the keyring failed ({kind})</source>
        <translation>erreur du trousseau ({kind})</translation>
    </message>
    <message>
        <source>Could not {verb} the {secret}: {why}; unlock or set up the keyring, or set the environment variable {variable} instead.</source>
        <translation>Box Office n&apos;a pas pu {verb} «&#xa0;{secret}&#xa0;»&#xa0;: {why}&#xa0;; déverrouillez ou configurez le trousseau, ou définissez plutôt la variable d&apos;environnement {variable}.</translation>
    </message>
    <message>
        <source>The {secret} is empty.</source>
        <translation>«&#xa0;{secret}&#xa0;» est vide.</translation>
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
        <translation>Tapez deux fois un nouveau code pour le définir ou le changer&#xa0;: {low} à {high} chiffres. Laissez les deux champs vides pour garder le code actuel.</translation>
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
    <name>KioskPin</name>
    <message>
        <source>A staff PIN is made of digits only, {low} to {high} of them.</source>
        <extracomment>The environment variable holding a plain PIN (unattended set-ups and tests). How long `verify_pin_async` waits for the executor before giving up.</extracomment>
        <translation>Un code du personnel ne contient que des chiffres, de {low} à {high}.</translation>
    </message>
    <message>
        <source>A staff PIN has {low} to {high} digits.</source>
        <translation>Un code du personnel comporte de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN, and none is set, so the kiosk does not start. Set a PIN in the settings (Kiosk) or in the environment variable {variable}, then start it again.</source>
        <translation>Le mode borne exige un code du personnel et aucun n&apos;est défini&#xa0;: la borne ne démarre donc pas. Définissez un code dans les réglages (Borne) ou dans la variable d&apos;environnement {variable}, puis relancez-la.</translation>
    </message>
    <message>
        <source>The staff PIN saved in the settings cannot be used ({problem}), so the kiosk does not start. Set the PIN again, or set {variable}.</source>
        <translation>Le code du personnel enregistré dans les réglages est inutilisable ({problem})&#xa0;: la borne ne démarre donc pas. Redéfinissez le code, ou définissez {variable}.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN is made of digits only, {low} to {high} of them.</source>
        <translation>{variable} ne peut pas servir de code du personnel&#xa0;: un code du personnel ne contient que des chiffres, de {low} à {high}.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN has {low} to {high} digits.</source>
        <translation>{variable} ne peut pas servir de code du personnel&#xa0;: un code du personnel comporte de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>no PIN hash is stored</source>
        <translation>aucune empreinte de code n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>the stored PIN is not in the scrypt$n$r$p$salt$hash form</source>
        <translation>le code enregistré n&apos;est pas au format scrypt$n$r$p$salt$hash</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are not numbers</source>
        <translation>les paramètres scrypt du code enregistré ne sont pas des nombres</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are out of range</source>
        <translation>les paramètres scrypt du code enregistré sont hors limites</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is not base64</source>
        <translation>le sel ou l&apos;empreinte du code enregistré n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is too short</source>
        <translation>le sel ou l&apos;empreinte du code enregistré est trop court</translation>
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
        <translation>Le code du personnel provient de la variable d&apos;environnement {variable}&#xa0;; modifiez-la là.</translation>
    </message>
    <message>
        <source>A staff PIN is set</source>
        <translation>Un code du personnel est défini</translation>
    </message>
    <message>
        <source>The saved staff PIN cannot be used: set a new one.</source>
        <translation>Le code du personnel enregistré est inutilisable&#xa0;: définissez-en un nouveau.</translation>
    </message>
    <message>
        <source>No staff PIN yet</source>
        <translation>Pas encore de code du personnel</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the new PIN twice.</source>
        <translation>Les deux codes ne sont pas identiques&#xa0;: tapez deux fois le nouveau code.</translation>
    </message>
    <message>
        <source>A kiosk needs a staff PIN: type one in New PIN and Repeat, or untick “Start as a kiosk”.</source>
        <translation>Une borne a besoin d&apos;un code du personnel&#xa0;: tapez-en un dans Nouveau code et Répéter, ou décochez «&#xa0;Démarrer en borne&#xa0;».</translation>
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
        <extracomment>The window&apos;s controller (a `SaleFlow`), attached by `boxoffice.ui.app`. The check-in desk and the end-of-shift report (a `DoorConsole`), attached likewise. The open settings dialog (one at a time), and the demo&apos;s throw-away profile.</extracomment>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Contrôle des entrées</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
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
    <name>NewInvoice</name>
    <message>
        <source>Making the new invoice…</source>
        <extracomment>Where the order for the rest goes (the window starts it); None: nowhere yet. The sale whose rest is being prepared, if any.</extracomment>
        <translation>Création de la nouvelle facture…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Nouvelle facture pour le reste</translation>
    </message>
    <message>
        <source>Asking BTCPay what was paid, then billing the rest…</source>
        <translation>Demande à BTCPay de ce qui a été payé, puis facturation du reste…</translation>
    </message>
    <message>
        <source>No new invoice: {error}</source>
        <translation>Pas de nouvelle facture : {error}</translation>
    </message>
</context>
<context>
    <name>OfflineCheckout</name>
    <message>
        <source>A reason is needed.</source>
        <extracomment>A step opened or closed (Pay waits while one is open: one way of paying at a time). The name typed in this session (kept across sales, forgotten at quit).</extracomment>
        <translation>Un motif est requis.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Ces billets sont gratuits&#xa0;: il n&apos;y a rien à encaisser.</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>Le client paie en espèces à la caisse&#xa0;: pas de facture, les billets tout de suite.</translation>
    </message>
    <message>
        <source>Take {amount} in cash from the customer, then confirm.</source>
        <translation>Encaissez {amount} en espèces auprès du client, puis confirmez.</translation>
    </message>
    <message>
        <source>Cash taken: {amount}</source>
        <translation>Espèces reçues&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Recorded with the sale and in the shift report.</source>
        <translation>Enregistré avec la vente et dans le rapport de fin de service.</translation>
    </message>
</context>
<context>
    <name>OfflinePanel</name>
    <message>
        <source>Paid in cash</source>
        <translation>Payé en espèces</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>Le client paie en espèces à la caisse&#xa0;: pas de facture, les billets tout de suite.</translation>
    </message>
    <message>
        <source>Complimentary…</source>
        <translation>Billets offerts…</translation>
    </message>
    <message>
        <source>Give the tickets away, for a reason that is recorded.</source>
        <translation>Offrir les billets, pour un motif qui est enregistré.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Espèces reçues</translation>
    </message>
    <message>
        <source>Why are these tickets complimentary?</source>
        <translation>Pourquoi ces billets sont-ils offerts&#xa0;?</translation>
    </message>
    <message>
        <source>Reason for the complimentary tickets</source>
        <translation>Motif des billets offerts</translation>
    </message>
    <message>
        <source>Required, e.g. press, artist&apos;s guest</source>
        <translation>Obligatoire, p. ex. presse, invité de l&apos;artiste</translation>
    </message>
    <message>
        <source>Issue complimentary tickets</source>
        <translation>Émettre les billets offerts</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Nom du membre du personnel</translation>
    </message>
</context>
<context>
    <name>OfflinePayment</name>
    <message>
        <source>Give a reason for the complimentary tickets.</source>
        <translation>Indiquez le motif des billets offerts.</translation>
    </message>
    <message>
        <source>The cash taken must be the total, {total} {currency}.</source>
        <translation>Les espèces reçues doivent correspondre au total, {total} {currency}.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Ces billets sont gratuits&#xa0;: il n&apos;y a rien à encaisser.</translation>
    </message>
</context>
<context>
    <name>OfflineSales</name>
    <message>
        <source>Issuing the tickets paid in cash…</source>
        <extracomment>How the flow starts a sale instead of `SaleEngine.start_sale` (`SaleFlow.start_sale`).</extracomment>
        <translation>Émission des billets payés en espèces…</translation>
    </message>
    <message>
        <source>Issuing the complimentary tickets…</source>
        <translation>Émission des billets offerts…</translation>
    </message>
</context>
<context>
    <name>OfflineWords</name>
    <message>
        <source>Paid in cash — {count} ticket issued</source>
        <translation>Payé en espèces — {count} billet émis</translation>
    </message>
    <message>
        <source>Paid in cash — {count} tickets issued</source>
        <translation>Payé en espèces — {count} billets émis</translation>
    </message>
    <message>
        <source>Complimentary — {count} ticket issued</source>
        <translation>Offert — {count} billet émis</translation>
    </message>
    <message>
        <source>Complimentary — {count} tickets issued</source>
        <translation>Offerts — {count} billets émis</translation>
    </message>
    <message>
        <source>Cash taken: {amount} · recorded by {staff}</source>
        <translation>Espèces reçues&#xa0;: {amount} · enregistré par {staff}</translation>
    </message>
    <message>
        <source>Complimentary: {reason} · given by {staff}</source>
        <translation>Offert&#xa0;: {reason} · accordé par {staff}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Arobase</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Tiret bas</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Trait d&apos;union</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Dot com</source>
        <translation>Point com</translation>
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
    <message>
        <source>Accented letters</source>
        <translation>Lettres accentuées</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>This event is no longer on sale.</source>
        <extracomment>The name sent to Ticket Tailor (placeholder rules applied). Ticket Tailor&apos;s formatted start of the event, for the ticket e-mail and receipts.</extracomment>
        <translation>Cet événement n&apos;est plus en vente.</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Choisissez au moins un billet.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s e-mail address for the tickets.</source>
        <translation>Saisissez l&apos;adresse e-mail de l&apos;acheteur pour les billets.</translation>
    </message>
    <message>
        <source>Check the e-mail address: {reason}.</source>
        <translation>Vérifiez l&apos;adresse e-mail&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s full name.</source>
        <translation>Saisissez le nom complet de l&apos;acheteur.</translation>
    </message>
    <message>
        <source>Check the name: {reason}.</source>
        <translation>Vérifiez le nom&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Sorry, this ticket machine is out of order</source>
        <extracomment>The codes, and what each means for staff (the README&apos;s &quot;Kiosk&quot; section lists them too). How often a kiosk that is out of order for a reason it detected looks again (seconds). The task key of the BTCPay check (at most one is out).</extracomment>
        <translation>Désolé, cette borne est hors service</translation>
    </message>
    <message>
        <source>Please buy your tickets at the box office. We are on it.</source>
        <translation>Veuillez acheter vos billets au guichet. Nous nous en occupons.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code pour le personnel&#xa0;: %1</translation>
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
        <source>The rest of {total}: {paid} was paid before</source>
        <translation>Le reste de {total} : {paid} a été payé avant</translation>
    </message>
    <message>
        <source>Connection trouble: {problem}</source>
        <translation>Problème de connexion&#xa0;: {problem}</translation>
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
        <translation>Bitcoin ou Lightning&#xa0;: tout portefeuille peut le scanner</translation>
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
        <translation>Vous préférez le navigateur de votre téléphone&#xa0;? Scannez ceci pour ouvrir la page de paiement.</translation>
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
        <extracomment>Ticks once a second while the pad is locked, to count down and then unlock.</extracomment>
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
    <name>Reason</name>
    <message>
        <source>Look the invoice up in BTCPay with the reference below and settle it with the customer: refund, or issue the tickets by hand in Ticket Tailor.</source>
        <extracomment>The state a sale with this reason comes to rest in. The short words under the state (&quot;Needs attention&quot; / &quot;paid after it expired&quot;). What staff should do about it. The engine&apos;s fixed message, or None when it builds one with amounts or names. The advice instead of `advice` when the payment arrived in full and the till may accept it (`offers_acceptance`); None: `advice` holds then too. A `needs_attention` reason about the payment: staff may still accept it (mark the invoice settled in BTCPay, or with the till), which issues the tickets. The sale ends `failed`: the customer was never asked to pay. What the closed sale&apos;s page says of it, when the reason says it better than the engine&apos;s message (which speaks of the tickets, not of the customer). Said first when staff are asked to confirm accepting the payment: the condition for it. Said last in that question: something else to bear in mind. What staff should do when no reason says better.</extracomment>
        <translation>Retrouvez la facture dans BTCPay grâce à la référence ci-dessous et réglez la situation avec le client&#xa0;: remboursez-le, ou émettez les billets à la main dans Ticket Tailor.</translation>
    </message>
    <message>
        <source>check the sale</source>
        <extracomment>The words under each end state for a sale with no reason (or one of another state).</extracomment>
        <translation>vérifiez la vente</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>non payée</translation>
    </message>
    <message>
        <source>nothing charged</source>
        <translation>rien n&apos;a été encaissé</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <extracomment>One row per reason.</extracomment>
        <translation>expirée sans paiement</translation>
    </message>
    <message>
        <source>The invoice expired unpaid; the tickets were released.</source>
        <translation>La facture a expiré sans être payée&#xa0;; les billets ont été libérés.</translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation>La facture a expiré avant d&apos;être payée.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The sale was cancelled; the tickets were released.</source>
        <translation>La vente a été annulée&#xa0;; les billets ont été libérés.</translation>
    </message>
    <message>
        <source>The sale was cancelled; nothing was paid.</source>
        <translation>La vente a été annulée&#xa0;; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>The invoice was marked invalid in BTCPay; the tickets were released.</source>
        <translation>La facture a été marquée invalide dans BTCPay&#xa0;; les billets ont été libérés.</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>A service could not be reached while finishing the sale. Box Office keeps trying; check the invoice in BTCPay and the tickets in Ticket Tailor if it does not resolve.</source>
        <translation>Un service était injoignable pendant la finalisation de la vente. Box Office continue d&apos;essayer&#xa0;; si le problème persiste, vérifiez la facture dans BTCPay et les billets dans Ticket Tailor.</translation>
    </message>
    <message>
        <source>BTCPay did not give the payment details; nothing was charged.</source>
        <translation>BTCPay n&apos;a pas fourni les détails du paiement&#xa0;; rien n&apos;a été encaissé.</translation>
    </message>
    <message>
        <source>The sale was interrupted before payment was asked for; nothing was charged.</source>
        <translation>La vente a été interrompue avant la demande de paiement&#xa0;; rien n&apos;a été encaissé.</translation>
    </message>
    <message>
        <source>only partly paid</source>
        <translation>payée en partie seulement</translation>
    </message>
    <message>
        <source>paid after it expired</source>
        <translation>payée après expiration</translation>
    </message>
    <message>
        <source>The customer paid after the payment window closed, so the tickets were released. Refund the payment from the till or from BTCPay, or mark the invoice settled there to issue the tickets.</source>
        <translation>Le client a payé après la fermeture de la fenêtre de paiement&#xa0;: les billets ont donc été libérés. Remboursez le paiement depuis la caisse ou depuis BTCPay, ou marquez-y la facture comme réglée pour émettre les billets.</translation>
    </message>
    <message>
        <source>The full amount arrived after the payment window closed, so the tickets were released. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>Le montant total est arrivé après la fermeture de la fenêtre de paiement&#xa0;: les billets ont donc été libérés. Acceptez le paiement ci-dessous pour émettre les billets maintenant, ou remboursez-le.</translation>
    </message>
    <message>
        <source>A payment arrived after the sale was cancelled. Refund it from the till or from BTCPay, or start a new sale for the customer.</source>
        <translation>Un paiement est arrivé après l&apos;annulation de la vente. Remboursez-le depuis la caisse ou depuis BTCPay, ou commencez une nouvelle vente pour le client.</translation>
    </message>
    <message>
        <source>The full amount was paid after the sale was cancelled. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>Le montant total a été payé après l&apos;annulation de la vente. Acceptez le paiement ci-dessous pour émettre les billets maintenant, ou remboursez-le.</translation>
    </message>
    <message>
        <source>The invoice is paid but Ticket Tailor refused to issue the tickets. Do not take another payment: retry issuing them once Ticket Tailor&apos;s reason is dealt with, or refund the payment.</source>
        <translation>La facture est payée, mais Ticket Tailor a refusé d&apos;émettre les billets. N&apos;encaissez pas un autre paiement&#xa0;: réessayez de les émettre une fois le motif de Ticket Tailor réglé, ou remboursez le paiement.</translation>
    </message>
    <message>
        <source>The bitcoin rate may have moved since the invoice expired.</source>
        <translation>Le cours du bitcoin a pu varier depuis l&apos;expiration de la facture.</translation>
    </message>
    <message>
        <source>The customer paid only part of the amount before the window closed. Make a new invoice for the rest (the seats are held again), or refund what arrived.</source>
        <translation>Le client n&apos;a payé qu&apos;une partie du montant avant la fin du délai de paiement. Faites une nouvelle facture pour le reste (les places sont de nouveau réservées) ou remboursez ce qui est arrivé.</translation>
    </message>
    <message>
        <source>paid after a cancel</source>
        <translation>payée après annulation</translation>
    </message>
    <message>
        <source>not confirmed in time</source>
        <translation>paiement non confirmé à temps</translation>
    </message>
    <message>
        <source>BTCPay marked the payment invalid (it was not confirmed in time). Check the invoice in BTCPay before letting the customer in.</source>
        <translation>BTCPay a marqué le paiement comme invalide (il n&apos;a pas été confirmé à temps). Vérifiez la facture dans BTCPay avant de laisser entrer le client.</translation>
    </message>
    <message>
        <source>The full amount was paid but not confirmed in time, so BTCPay marked the invoice invalid. Check in BTCPay that the payment has confirmed since, then accept it below; otherwise refund it.</source>
        <translation>Le montant total a été payé mais pas confirmé à temps&#xa0;: BTCPay a donc marqué la facture comme invalide. Vérifiez dans BTCPay que le paiement a été confirmé depuis, puis acceptez-le ci-dessous&#xa0;; sinon, remboursez-le.</translation>
    </message>
    <message>
        <source>Accept only if BTCPay shows the payment confirmed by now.</source>
        <translation>N&apos;acceptez que si BTCPay indique désormais le paiement comme confirmé.</translation>
    </message>
    <message>
        <source>tickets refused</source>
        <translation>billets refusés</translation>
    </message>
    <message>
        <source>reserved tickets gone</source>
        <translation>billets réservés perdus</translation>
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
        <translation>Total payé&#xa0;: {total}</translation>
    </message>
    <message>
        <source>In bitcoin: {amount}</source>
        <translation>En bitcoin&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Référence {reference}</translation>
    </message>
    <message>
        <source>Show the QR code at the door.</source>
        <translation>Présentez le QR code à l&apos;entrée.</translation>
    </message>
    <message>
        <source>the printer or file could not be opened</source>
        <translation>impossible d&apos;ouvrir l&apos;imprimante ou le fichier</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Not e-mailed yet: press “E-mail tickets” to send them to {address}.</source>
        <translation>Pas encore envoyés par e-mail&#xa0;: appuyez sur «&#xa0;Envoyer les billets&#xa0;» pour les envoyer à {address}.</translation>
    </message>
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
        <translation>Pas d&apos;adresse e-mail&#xa0;: imprimez les billets ou laissez l&apos;acheteur photographier les QR codes.</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>il n&apos;a pas pu être envoyé</translation>
    </message>
    <message>
        <source>E-mail to {address} not confirmed: {note}</source>
        <translation>E-mail à {address} non confirmé&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}.</source>
        <translation>Billets non envoyés par e-mail à {address}.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}: {note}</source>
        <translation>Billets non envoyés par e-mail à {address}&#xa0;: {note}</translation>
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
        <source>All events</source>
        <extracomment>How many of the latest sales the view loads: a whole shift&apos;s, and more, at a busy door. An action on a sale (a `SaleAction` value, the sale id). Whether ticket e-mails can go out (the engine&apos;s word, once the till is open). Until the first list arrives, the view says it is loading, not that there are none. The sale chosen before rows went away: Qt would choose a neighbour instead, and a button pressed then would act on a sale nobody chose.</extracomment>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Loading the sales…</source>
        <translation>Chargement des ventes…</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Aucune vente sur cette caisse pour l&apos;instant. Les ventes apparaissent ici dès qu&apos;elles commencent.</translation>
    </message>
    <message>
        <source>No sale matches the search or the filters.</source>
        <translation>Aucune vente ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} terminée(s)</translation>
    </message>
    <message>
        <source>{count} released/expired</source>
        <translation>{count} libérée(s)/expirée(s)</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} remboursée(s)</translation>
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
        <source>{shown} shown</source>
        <translation>{shown} affichée(s)</translation>
    </message>
    <message>
        <source>{parts} — tap a sale to open it.</source>
        <translation>{parts} — touchez une vente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Newest first · the latest {sales}</source>
        <translation>Les plus récentes d&apos;abord · les {sales} les plus récentes</translation>
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
        <source>Paid by</source>
        <translation>Payé par</translation>
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
        <source>Resolved by</source>
        <translation>Réglé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>issued anyway</source>
        <extracomment>What staff chose for a sale, by `ResolutionAction` value (the resolution&apos;s own words).</extracomment>
        <translation>émis quand même</translation>
    </message>
    <message>
        <source>issue tried again</source>
        <translation>émission réessayée</translation>
    </message>
    <message>
        <source>new invoice</source>
        <translation>nouvelle facture</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>{day} · till {till}</source>
        <extracomment>States in which the customer has certainly paid a billed sale. This till&apos;s id: another till&apos;s sale (adopted from BTCPay) says whose it was. Narrow: the way of paying is said under the amount (its column is hidden).</extracomment>
        <translation>{day} · caisse {till}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Client au guichet</translation>
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
        <translation>Lightning + on-chain</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>{amount} payés</translation>
    </message>
</context>
<context>
    <name>RecentSalesView</name>
    <message>
        <source>Sales</source>
        <extracomment>Below this table width the way of paying is said under the amount instead of in a column. Rows measured for the columns&apos; widths: a few screens&apos; worth (what is cut short further down is in its tooltip), so that filtering thousands of sales as staff type stays quick.</extracomment>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Find other tills&apos; sales</source>
        <translation>Chercher les ventes des autres caisses</translation>
    </message>
    <message>
        <source>Look in BTCPay for sales other tills left unfinished, and finish them here.</source>
        <translation>Chercher dans BTCPay les ventes que d&apos;autres caisses n&apos;ont pas terminées, et les terminer ici.</translation>
    </message>
    <message>
        <source>Name, e-mail, invoice or ticket barcode</source>
        <translation>Nom, e-mail, facture ou code-barres du billet</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Rechercher des ventes</translation>
    </message>
    <message>
        <source>Show sales in state</source>
        <translation>Afficher les ventes à l&apos;état</translation>
    </message>
    <message>
        <source>Show sales of event</source>
        <translation>Afficher les ventes de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show payment &amp;QR</source>
        <translation>Afficher le &amp;QR de paiement</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Réimprimer</translation>
    </message>
    <message>
        <source>Resend &amp;e-mail</source>
        <translation>Renvoyer par &amp;e-mail</translation>
    </message>
    <message>
        <source>Retry &amp;issuance</source>
        <translation>Réessayer l&apos;é&amp;mission</translation>
    </message>
    <message>
        <source>Open in &amp;BTCPay</source>
        <translation>Ouvrir dans &amp;BTCPay</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Aucune vente sur cette caisse pour l&apos;instant. Les ventes apparaissent ici dès qu&apos;elles commencent.</translation>
    </message>
    <message>
        <source>Show all sales</source>
        <translation>Afficher toutes les ventes</translation>
    </message>
</context>
<context>
    <name>RefundPanel</name>
    <message>
        <source>The bitcoin that was paid (at the rate of the sale)</source>
        <translation>Les bitcoins payés (au cours de la vente)</translation>
    </message>
    <message>
        <source>What was paid, in bitcoin at today&apos;s rate</source>
        <translation>Le montant payé, en bitcoins au cours du jour</translation>
    </message>
    <message>
        <source>Only the part paid over the price</source>
        <translation>Seulement le trop-perçu</translation>
    </message>
    <message>
        <source>Another amount:</source>
        <translation>Autre montant&#xa0;:</translation>
    </message>
    <message>
        <source>Refund ready — scan to claim it</source>
        <extracomment>The sale whose refund page is open, or None. The sale whose refund is being created.</extracomment>
        <translation>Remboursement prêt — scannez pour le réclamer</translation>
    </message>
    <message>
        <source>The customer scans this code with their phone and enters a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>Le client scanne ce code avec son téléphone et saisit une adresse bitcoin ou une facture Lightning pour recevoir le remboursement.</translation>
    </message>
    <message>
        <source>Sale {sale} · {order}</source>
        <translation>Vente {sale} · {order}</translation>
    </message>
    <message>
        <source>Refund the customer</source>
        <translation>Rembourser le client</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Commande&#xa0;: {order} — {total}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Reçu&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>Facture BTCPay {invoice}</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Créer le remboursement</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Indiquez d&apos;abord votre nom et le motif&#xa0;; les deux sont enregistrés.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 12.50.</source>
        <translation>Saisissez le montant sous forme de nombre, par exemple 12.50.</translation>
    </message>
    <message>
        <source>Asking BTCPay for the refund…</source>
        <translation>Demande du remboursement à BTCPay…</translation>
    </message>
    <message>
        <source>Not refunded: {error}</source>
        <translation>Non remboursé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Refund {sale}</source>
        <translation>Remboursement {sale}</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Imprimer le bon de remboursement</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Échec de l&apos;impression&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund of {amount}</source>
        <extracomment>The code&apos;s largest side on paper: big enough for a phone, small enough for a roll.</extracomment>
        <translation>Remboursement de {amount}</translation>
    </message>
    <message>
        <source>{event}: {order}</source>
        <translation>{event}&#xa0;: {order}</translation>
    </message>
    <message>
        <source>Scan the code with your phone and enter a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>Scannez le code avec votre téléphone et saisissez une adresse bitcoin ou une facture Lightning pour recevoir le remboursement.</translation>
    </message>
    <message>
        <source>The box office approves your claim before it is paid.</source>
        <translation>La billetterie valide votre demande avant de la payer.</translation>
    </message>
    <message>
        <source>Your refund</source>
        <translation>Votre remboursement</translation>
    </message>
</context>
<context>
    <name>RefundView</name>
    <message>
        <source>How much goes back?</source>
        <extracomment>Large enough for a phone held at arm&apos;s length across the counter.</extracomment>
        <translation>Combien rembourser&#xa0;?</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, recorded with the refund</source>
        <translation>Votre nom, enregistré avec le remboursement</translation>
    </message>
    <message>
        <source>Why (e.g. the tickets sold out)</source>
        <translation>Pourquoi (p. ex. c&apos;était complet)</translation>
    </message>
    <message>
        <source>Reason, recorded with the refund</source>
        <translation>Motif, enregistré avec le remboursement</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>Remboursé par</translation>
    </message>
    <message>
        <source>because</source>
        <translation>car</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Créer le remboursement</translation>
    </message>
    <message>
        <source>‹ Back to the sale</source>
        <translation>‹ Retour à la vente</translation>
    </message>
    <message>
        <source>Refund claim QR code</source>
        <translation>QR code pour réclamer le remboursement</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Imprimer le bon de remboursement</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>BTCPay&apos;s answer was lost, so the refund may have been created. Check the store&apos;s pull payments in BTCPay before trying again.</source>
        <extracomment>Invoice states BTCPay refunds (InvoiceEntity.cs `CanRefund`).</extracomment>
        <translation>La réponse de BTCPay s&apos;est perdue : le remboursement a peut-être été créé. Vérifiez les pull payments de la boutique dans BTCPay avant de réessayer.</translation>
    </message>
    <message>
        <source>A custom refund needs an amount greater than zero.</source>
        <translation>Un remboursement libre demande un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Another Box Office window or command on this till is working on this sale. Look at it again in a moment.</source>
        <translation>Une autre fenêtre ou commande Box Office de cette caisse traite cette vente. Regardez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Cette vente est toujours en cours ; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to refund.</source>
        <translation>Rien n&apos;a été payé pour cette vente : il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued, so only what was paid over the price can be refunded from the till.</source>
        <translation>Les billets de cette vente ont été émis : seul le trop-perçu peut être remboursé depuis la caisse.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment on this invoice, so there is nothing to refund.</source>
        <translation>BTCPay n&apos;indique aucun paiement sur cette facture : il n&apos;y a rien à rembourser.</translation>
    </message>
    <message>
        <source>This invoice was not paid over its amount; choose another kind of refund.</source>
        <translation>Cette facture n&apos;a pas été payée au-delà de son montant ; choisissez un autre type de remboursement.</translation>
    </message>
    <message>
        <source>This sale was refunded already (pull payment {pull}); give the customer its claim link again, or look it up in BTCPay.</source>
        <translation>Cette vente a déjà été remboursée (pull payment {pull}) ; redonnez au client son lien de réclamation, ou retrouvez-le dans BTCPay.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so it cannot be refunded from the till.</source>
        <translation>BTCPay n&apos;a plus la facture {invoice} dans cette boutique : elle ne peut pas être remboursée depuis la caisse.</translation>
    </message>
    <message>
        <source>BTCPay refunds only a settled or invalid invoice, or an expired one that was paid; this one is {status} ({detail}).</source>
        <translation>BTCPay ne rembourse qu&apos;une facture réglée ou invalide, ou expirée après un paiement ; celle-ci est {status} ({detail}).</translation>
    </message>
    <message>
        <source>The BTCPay API key may not do this: it lacks {permission}.</source>
        <translation>La clé d&apos;API BTCPay n&apos;y est pas autorisée : il lui manque {permission}.</translation>
    </message>
    <message>
        <source>BTCPay has no exchange rate now, so it cannot refund at today&apos;s rate. Choose another kind of refund.</source>
        <translation>BTCPay n&apos;a pas de taux de change en ce moment et ne peut donc pas rembourser au taux du jour. Choisissez un autre type de remboursement.</translation>
    </message>
    <message>
        <source>BTCPay says this invoice cannot be refunded (it is not settled, invalid, or expired with a payment).</source>
        <translation>Selon BTCPay, cette facture ne peut pas être remboursée (elle n&apos;est ni réglée, ni invalide, ni expirée avec un paiement).</translation>
    </message>
    <message>
        <source>BTCPay refused the refund: {detail}</source>
        <translation>BTCPay a refusé le remboursement : {detail}</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Tickets</source>
        <extracomment>Headings of the figures known here (a line break where a narrow column needs one).</extracomment>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Booking
fees</source>
        <translation>Frais de
réservation</translation>
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
on-chain</translation>
    </message>
    <message>
        <source>BTC
unknown</source>
        <translation>BTC
inconnu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <source>Needs
attention</source>
        <translation>À
vérifier</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Still
open</source>
        <translation>Encore
en cours</translation>
    </message>
    <message>
        <source>Cash
tickets</source>
        <translation>Billets
en espèces</translation>
    </message>
    <message>
        <source>Cash
taken</source>
        <translation>Espèces
encaissées</translation>
    </message>
    <message>
        <source>Compli-
mentary</source>
        <translation>Billets
offerts</translation>
    </message>
    <message>
        <source>BTC
refunded</source>
        <translation>BTC
remboursés</translation>
    </message>
    <message>
        <source>Refunded
(money)</source>
        <translation>Remboursé
(monnaie)</translation>
    </message>
    <message>
        <source>the first sale</source>
        <extracomment>Shown only when a row has some: most shifts have none (and 1280 pixels hold the rest).</extracomment>
        <translation>la première vente</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Sales from {start} to {end}</source>
        <translation>Ventes de {start} à {end}</translation>
    </message>
    <message>
        <source>This till has not closed a shift yet.</source>
        <translation>Cette caisse n&apos;a encore clôturé aucun service.</translation>
    </message>
    <message>
        <source>Last closed at {time} by {staff}.</source>
        <translation>Dernière clôture le {time} par {staff}.</translation>
    </message>
    <message>
        <source>Last closed at {time}.</source>
        <translation>Dernière clôture le {time}.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} terminée(s)</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} libérée(s)</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} à vérifier</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} échouée(s)</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} remboursée(s)</translation>
    </message>
    <message>
        <source>{count} still open</source>
        <translation>{count} encore en cours</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>Sales: {counts}</source>
        <translation>Ventes&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>{count} × {event}: {reason} (by {staff}, {time})</source>
        <translation>{count} × {event}&#xa0;: {reason} (par {staff}, {time})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>{count} sales of other tills are not in this report.</source>
        <extracomment>The papers a report prints on (the receipt&apos;s). `--paper` names. The comparison with BTCPay, one line each, when it was run. What could not be counted, one line each.</extracomment>
        <translation>{count} ventes d&apos;autres caisses ne figurent pas dans ce rapport.</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>Caisse {till}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Imprimé le {time}</translation>
    </message>
    <message>
        <source>Complimentary tickets</source>
        <translation>Billets offerts</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non comptabilisé</translation>
    </message>
    <message>
        <source>Checked with BTCPay</source>
        <translation>Vérifié avec BTCPay</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Seats by the outcome of their sale</source>
        <translation>Billets selon l&apos;issue de leur vente</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Événement / type de billet</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Rapport de fin de service</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Export the report as CSV</source>
        <extracomment>The open dialog (and printer), kept alive until it closes.</extracomment>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the CSV…</source>
        <translation>Enregistrement du CSV…</translation>
    </message>
    <message>
        <source>The CSV could not be saved: {error}</source>
        <translation>Le CSV n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
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
        <translation>Le PDF n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Rapport de fin de service</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Échec de l&apos;impression&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>Resolutions</name>
    <message>
        <source>BTCPay could not say what the customer paid ({error}); nothing was done. Try again in a moment.</source>
        <translation>BTCPay n&apos;a pas pu indiquer ce que le client a payé ({error})&#xa0;; rien n&apos;a été fait. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>This BTCPay server does not say exactly what was paid (it needs version 2.1.2 or later), so the rest cannot be billed. Refund what arrived instead.</source>
        <translation>Ce serveur BTCPay n&apos;indique pas exactement ce qui a été payé (il faut la version 2.1.2 ou ultérieure)&#xa0;: le reste ne peut donc pas être facturé. Remboursez plutôt ce qui est arrivé.</translation>
    </message>
    <message>
        <source>A new invoice for the rest was made already: this sale is continued in sale {sale}.</source>
        <translation>Une nouvelle facture pour le reste a déjà été créée&#xa0;: cette vente se poursuit dans la vente {sale}.</translation>
    </message>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Cette vente est en cours de finalisation par une autre fenêtre ou commande Box Office sur cette caisse. Revenez-y dans un instant.</translation>
    </message>
    <message>
        <source>Say who is settling this sale: the staff name is missing.</source>
        <translation>Indiquez qui règle cette vente&#xa0;: le nom du membre du personnel manque.</translation>
    </message>
    <message>
        <source>Say why the sale is settled this way: the reason is missing.</source>
        <translation>Indiquez pourquoi la vente est réglée ainsi&#xa0;: le motif manque.</translation>
    </message>
    <message>
        <source>Only a sale whose invoice expired after part of the price was paid can get a new invoice for the rest.</source>
        <translation>Seule une vente dont la facture a expiré après le paiement d&apos;une partie du prix peut recevoir une nouvelle facture pour le reste.</translation>
    </message>
    <message>
        <source>This sale is continued in sale {sale}, which bills the rest: settle that one.</source>
        <extracomment>Reasons whose tickets may be issued again: Ticket Tailor refused them, or their hold went.</extracomment>
        <translation>Cette vente se poursuit dans la vente {sale}, qui facture le reste&#xa0;: réglez celle-là.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued and it was not paid over its price, so there is nothing to refund from the till.</source>
        <translation>Les billets de cette vente ont été émis et elle n&apos;a pas été payée au-delà de son prix&#xa0;: il n&apos;y a rien à rembourser depuis la caisse.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <translation>Cette vente est terminée&#xa0;: ses billets ont déjà été émis.</translation>
    </message>
    <message>
        <source>This sale does not need attention now; there is nothing to settle.</source>
        <translation>Cette vente n&apos;est pas à vérifier pour l&apos;instant&#xa0;; il n&apos;y a rien à régler.</translation>
    </message>
    <message>
        <source>Only a payment that arrived in full can be accepted; refund this one instead.</source>
        <translation>Seul un paiement arrivé en totalité peut être accepté&#xa0;; remboursez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>Ticket Tailor did not refuse this sale&apos;s tickets, so there is no issuance to retry.</source>
        <translation>Ticket Tailor n&apos;a pas refusé les billets de cette vente&#xa0;: il n&apos;y a donc pas d&apos;émission à relancer.</translation>
    </message>
    <message>
        <source>This sale cannot be settled that way from the till; look it up in BTCPay.</source>
        <translation>Cette vente ne peut pas être réglée ainsi depuis la caisse&#xa0;; retrouvez-la dans BTCPay.</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>today at {time}</source>
        <extracomment>The order for the rest of a partly paid, expired sale, to start as any sale. The sale engine (accepting, e-mailing again); None until the till is open. Who is settling sales at this till, asked once per window.</extracomment>
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
        <extracomment>On a kiosk the customer photographs the ticket&apos;s code from the screen: larger. The size of each ticket&apos;s code in the list (pixels).</extracomment>
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
        <source>‹ Sales</source>
        <translation>‹ Ventes</translation>
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
        <extracomment>The screen the window shows now (a `Screen`), after every navigation. The till could not open (the exception): not set up, or a service refused. Resume the journal&apos;s unfinished sales once open (not when taking over a runtime another window already resumed them with). Where a new sale starts: the events, or a kiosk&apos;s welcome screen. Where staff asked to be, the earlier sale they opened, and what the window shows. Whether the current sale ended while staff looked elsewhere (and not seen since). The window closed, or handed its till over: the flow does nothing more.</extracomment>
        <translation>Box Office n&apos;a pas pu commencer à vendre&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Earlier unfinished sales could not be checked: {error}</source>
        <translation>Les ventes inachevées précédentes n&apos;ont pas pu être vérifiées&#xa0;: {error}</translation>
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
        <translation>La vente que vous avez quittée est payée, billets émis&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The sale you left needs attention ({detail}): {what}</source>
        <translation>La vente que vous avez quittée demande votre attention ({detail})&#xa0;: {what}</translation>
    </message>
    <message>
        <source>The sale you left has ended ({detail}): {what}</source>
        <translation>La vente que vous avez quittée est terminée ({detail})&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Sale in progress — {status}: {what}</source>
        <translation>Vente en cours — {status}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet. Check the settings, then try again.</source>
        <translation>Box Office n&apos;est pas encore connecté. Vérifiez les réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>The sale could not start: {error}</source>
        <translation>La vente n&apos;a pas pu commencer&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The sale could not be cancelled: {error}</source>
        <translation>La vente n&apos;a pas pu être annulée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The sale could not start.</source>
        <translation>La vente n&apos;a pas pu commencer.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SaleNotices</name>
    <message>
        <source>An earlier sale needs attention{more} ({detail}): {summary}, sale {sale}.</source>
        <extracomment>Sales staff have been told need attention (each is told once). The sale (or, None, the recent sales) the notice banner&apos;s button leads to. A kiosk&apos;s: no news of other people&apos;s sales for the stranger at the screen.</extracomment>
        <translation>Une vente précédente demande votre attention{more} ({detail})&#xa0;: {summary}, vente {sale}.</translation>
    </message>
    <message>
        <source> Check {references} by hand.</source>
        <translation> Vérifiez {references} à la main.</translation>
    </message>
    <message>
        <source>Sale {sale}{more} could not be read from the journal ({problem}) and was set aside.{check} Every other sale goes on; boxoffice doctor lists them all.</source>
        <translation>La vente {sale}{more} n&apos;a pas pu être lue dans le journal ({problem}) et a été mise de côté.{check} Toutes les autres ventes continuent&#xa0;; boxoffice doctor les liste toutes.</translation>
    </message>
    <message>
        <source>An earlier sale was paid and its tickets issued — {summary}, sale {sale}.</source>
        <translation>Une vente précédente a été payée et ses billets émis — {summary}, vente {sale}.</translation>
    </message>
    <message>
        <source>An earlier sale needs attention ({detail}): {summary}, sale {sale}.</source>
        <translation>Une vente précédente demande votre attention ({detail})&#xa0;: {summary}, vente {sale}.</translation>
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
    <name>SaleWords</name>
    <message>
        <source>The payment was accepted in BTCPay after the sale had stopped.</source>
        <extracomment>Statuses whose payment may still change: the invoice may be paid, confirmed or expire. Statuses that say the customer has paid in full (confirming, or settled). Statuses of an invoice that can no longer be paid as asked. Additional statuses that say some money reached the invoice. Additional statuses that say the whole amount arrived (§6.2).</extracomment>
        <translation>Le paiement a été accepté dans BTCPay après l&apos;arrêt de la vente.</translation>
    </message>
    <message>
        <source>Overpaid: {paid} was paid for {total}; the customer may ask for the difference back.</source>
        <extracomment>The invoice&apos;s status, additional status or paid amount differ from the snapshot&apos;s. Read the payment methods again (changed, a BOLT11 being renewed, none yet, new state).</extracomment>
        <translation>Trop-perçu&#xa0;: {paid} payés pour {total}&#xa0;; le client peut demander le remboursement de la différence.</translation>
    </message>
    <message>
        <source>Marked as paid in BTCPay.</source>
        <translation>Marquée comme payée dans BTCPay.</translation>
    </message>
    <message>
        <source>The customer paid before the cancel took effect.</source>
        <translation>Le client a payé avant que l&apos;annulation ne prenne effet.</translation>
    </message>
    <message>
        <source>The invoice was paid after all, so the sale goes on.</source>
        <translation>La facture a finalement été payée&#xa0;: la vente continue.</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un montant</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid before the invoice expired; the tickets were released. Bill the rest with a new invoice, or refund what arrived.</source>
        <translation>Seulement {paid} sur {total} ont été payés avant l&apos;expiration de la facture ; les billets ont été libérés. Facturez le reste avec une nouvelle facture, ou remboursez ce qui est arrivé.</translation>
    </message>
    <message>
        <source>{paid} of {total} arrived after the invoice expired. Accept it (mark the invoice settled in BTCPay) to issue the tickets, or refund the customer.</source>
        <translation>Paiement de {paid} sur {total} reçu après l&apos;expiration de la facture. Acceptez-le (marquez la facture comme réglée dans BTCPay) pour émettre les billets, ou remboursez le client.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid after the sale was cancelled. Refund the customer, or mark the invoice settled in BTCPay to issue the tickets.</source>
        <translation>Paiement de {paid} sur {total} reçu après l&apos;annulation de la vente. Remboursez le client, ou marquez la facture comme réglée dans BTCPay pour émettre les billets.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid but not confirmed in time; the invoice is invalid. Check the payment in BTCPay.</source>
        <translation>Paiement de {paid} sur {total} reçu mais non confirmé à temps&#xa0;; la facture est invalide. Vérifiez le paiement dans BTCPay.</translation>
    </message>
    <message>
        <source>Paid, but {missing} of {seats} tickets are no longer available: Ticket Tailor would not hold them again ({detail}). Refund the customer, or sell them another way.</source>
        <translation>Payé, mais {missing} billets sur {seats} ne sont plus disponibles&#xa0;: Ticket Tailor a refusé de les réserver à nouveau ({detail}). Remboursez le client, ou vendez-lui d&apos;autres billets.</translation>
    </message>
    <message>
        <source>Paid, but the reserved tickets are no longer held in Ticket Tailor; {missing} of {seats} tickets were not issued.</source>
        <translation>Payé, mais les billets ne sont plus réservés dans Ticket Tailor&#xa0;; {missing} billets sur {seats} n&apos;ont pas été émis.</translation>
    </message>
    <message>
        <source>Paid, but Ticket Tailor refused to issue {missing} of {seats} tickets: {detail}</source>
        <translation>Payé, mais Ticket Tailor a refusé d&apos;émettre {missing} billets sur {seats}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The ticket ids could not be written to the invoice ({detail}).</source>
        <translation>Les ID des billets n&apos;ont pas pu être inscrits sur la facture ({detail}).</translation>
    </message>
    <message>
        <source>The invoice could not be created: {error}</source>
        <extracomment>A failed write with this error may still have been carried out: look before giving up.</extracomment>
        <translation>La facture n&apos;a pas pu être créée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The tickets could not be reserved: {error}</source>
        <translation>Les billets n&apos;ont pas pu être réservés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name}: sold out. Another sale took them meanwhile.</source>
        <translation>{name}&#xa0;: complet. Une autre vente les a pris entre-temps.</translation>
    </message>
    <message>
        <source>{name}: no longer on sale.</source>
        <translation>{name}&#xa0;: plus en vente.</translation>
    </message>
    <message>
        <source>{name}: only {count} left. Another sale took them meanwhile.</source>
        <translation>{name}&#xa0;: plus que {count}. Une autre vente a pris le reste entre-temps.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}&#xa0;: complet.</translation>
    </message>
    <message>
        <source>Ticket Tailor refused to reserve the tickets: {detail}</source>
        <translation>Ticket Tailor a refusé de réserver les billets&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The customer has just paid; the sale cannot be cancelled.</source>
        <extracomment>Cash and complimentary sales (no invoice, no BTCPay call).</extracomment>
        <translation>Le client vient de payer&#xa0;; la vente ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Staff accepted the payment at the till after the sale had stopped.</source>
        <translation>Le personnel a accepté le paiement à la caisse après l&apos;arrêt de la vente.</translation>
    </message>
    <message>
        <source>{error} — still trying; the sale is safe.</source>
        <translation>{error} — nouvel essai en cours&#xa0;; la vente n&apos;est pas perdue.</translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>The invoice&apos;s BTCPay page could not be opened: check the BTCPay address.</source>
        <extracomment>A kiosk opens no browser and no print dialog, even for staff: either stays open on the screen (a browser, a file system to browse) for the next customer.</extracomment>
        <translation>La page BTCPay de la facture n&apos;a pas pu être ouverte&#xa0;: vérifiez l&apos;adresse de BTCPay.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Nouvel envoi des billets par e-mail à {address}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Non envoyé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Billets remis à nouveau à BTCPay pour envoi par e-mail à {address}.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}. {note}</source>
        <translation>Billets non envoyés par e-mail à {address}. {note}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet.</source>
        <translation>Box Office n&apos;est pas encore connecté.</translation>
    </message>
    <message>
        <source>Looking in BTCPay for other tills&apos; unfinished sales…</source>
        <translation>Recherche dans BTCPay des ventes inachevées d&apos;autres caisses…</translation>
    </message>
    <message>
        <source>Other tills&apos; sales could not be looked up: {error}</source>
        <translation>Les ventes des autres caisses n&apos;ont pas pu être recherchées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No other till left a sale unfinished in BTCPay.</source>
        <translation>Aucune autre caisse n&apos;a laissé de vente inachevée dans BTCPay.</translation>
    </message>
    <message>
        <source>Finished {count} sale of {tills} here:</source>
        <translation>{count} vente de {tills} finalisée ici&#xa0;:</translation>
    </message>
    <message>
        <source>Finished {count} sales of {tills} here:</source>
        <translation>{count} ventes de {tills} finalisées ici&#xa0;:</translation>
    </message>
    <message>
        <source>{count} completed, tickets issued</source>
        <translation>{count} terminée(s), billets émis</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} libérée(s)</translation>
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
        <source>{count} sale was left to its till, which worked on it lately.</source>
        <translation>{count} vente a été laissée à sa caisse, qui s&apos;en est occupée récemment.</translation>
    </message>
    <message>
        <source>{count} sales were left to their tills, which worked on them lately.</source>
        <translation>{count} ventes ont été laissées à leurs caisses, qui s&apos;en sont occupées récemment.</translation>
    </message>
</context>
<context>
    <name>SalesFilter</name>
    <message>
        <source>All states</source>
        <extracomment>Not a state: the sales other tills left, finished here (`RecentSalesModel.foreign`). The state filters in the order offered, with their words (context &quot;SalesFilter&quot;).</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
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
        <source>Released/expired</source>
        <translation>Libérée/expirée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Other tills&apos; sales</source>
        <translation>Ventes d&apos;autres caisses</translation>
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
        <translation>Un membre du personnel doit finaliser votre achat. Rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Code pour le personnel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SetUp</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <source>the {setting} ({variable})</source>
        <translation>«&#xa0;{setting}&#xa0;» ({variable})</translation>
    </message>
    <message>
        <source>Box Office is not set up yet: set {missing} in the settings dialog, or as environment variables.</source>
        <translation>Box Office n&apos;est pas encore configuré&#xa0;: définissez {missing} dans les réglages, ou en variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({error}), so this till has no id yet; make the folder writable or set BOXOFFICE_DEVICE_ID.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés dans {path} ({error})&#xa0;: cette caisse n&apos;a donc pas encore d&apos;ID&#xa0;; rendez le dossier accessible en écriture ou définissez BOXOFFICE_DEVICE_ID.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>{count} ticket change</source>
        <translation>{count} modification de billet</translation>
    </message>
    <message>
        <source>{count} ticket changes</source>
        <translation>{count} modifications de billets</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Ticket Tailor address</source>
        <translation>Adresse de Ticket Tailor</translation>
    </message>
    <message>
        <source>Where the Ticket Tailor API is. Leave it as it is unless you use a test server.</source>
        <translation>L&apos;adresse de l&apos;API de Ticket Tailor. Ne la modifiez que si vous utilisez un serveur de test.</translation>
    </message>
    <message>
        <source>Events sold at this door</source>
        <translation>Événements vendus sur cette caisse</translation>
    </message>
    <message>
        <source>The Ticket Tailor events (ids starting with ev_) this till sells. Leave empty to sell every published event.</source>
        <translation>Les événements Ticket Tailor (ID commençant par ev_) vendus sur cette caisse. Laissez vide pour vendre tous les événements publiés.</translation>
    </message>
    <message>
        <source>Ticket changes at the door</source>
        <translation>Modifications de billets sur place</translation>
    </message>
    <message>
        <source>For a ticket type: another name, a door price, another description, or hide it at this till. Ticket Tailor itself is not changed.</source>
        <translation>Pour un type de billet&#xa0;: un autre nom, un prix sur place, une autre description, ou le masquer sur cette caisse. Ticket Tailor lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Adresse du serveur BTCPay</translation>
    </message>
    <message>
        <source>The address of your BTCPay Server, for example https://btcpay.example.com.</source>
        <translation>L&apos;adresse de votre BTCPay Server, par exemple https://btcpay.example.com.</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>ID de la boutique BTCPay</translation>
    </message>
    <message>
        <source>In BTCPay: Store settings, General, Store ID.</source>
        <translation>Dans BTCPay&#xa0;: Store settings, General, Store ID.</translation>
    </message>
    <message>
        <source>Time to pay (minutes)</source>
        <translation>Délai de paiement (minutes)</translation>
    </message>
    <message>
        <source>How long an invoice can be paid, in whole minutes. The tickets stay reserved for this time.</source>
        <translation>Durée pendant laquelle une facture peut être payée, en minutes entières. Les billets restent réservés pendant ce temps.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>How buyers can pay. Lightning is instant; on-chain may wait for a confirmation.</source>
        <translation>Comment les acheteurs peuvent payer. Lightning est instantané&#xa0;; on-chain peut attendre une confirmation.</translation>
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
        <translation>Paiement on-chain considéré comme payé</translation>
    </message>
    <message>
        <source>How many confirmations an on-chain payment needs before the tickets are issued. A payment that signals replace-by-fee, as many wallets do by default, needs one confirmation even at the fastest setting.</source>
        <translation>Nombre de confirmations nécessaires à un paiement on-chain avant l&apos;émission des billets. Un paiement qui signale le replace-by-fee (RBF), comme le font par défaut de nombreux portefeuilles, exige une confirmation même avec le réglage le plus rapide.</translation>
    </message>
    <message>
        <source>As soon as seen (1 confirmation if it signals RBF)</source>
        <translation>Dès qu&apos;il est vu (1 confirmation s&apos;il signale RBF)</translation>
    </message>
    <message>
        <source>After 1 confirmation</source>
        <translation>Après 1 confirmation</translation>
    </message>
    <message>
        <source>After 2 confirmations</source>
        <translation>Après 2 confirmations</translation>
    </message>
    <message>
        <source>After 6 confirmations</source>
        <translation>Après 6 confirmations</translation>
    </message>
    <message>
        <source>Require the buyer&apos;s full name</source>
        <translation>Exiger le nom complet de l&apos;acheteur</translation>
    </message>
    <message>
        <source>When off, the name may be left empty and the placeholder name is printed instead.</source>
        <translation>Si désactivé, le nom peut rester vide&#xa0;: le nom par défaut est alors imprimé à la place.</translation>
    </message>
    <message>
        <source>Name on tickets when none is given</source>
        <translation>Nom sur les billets si aucun n&apos;est donné</translation>
    </message>
    <message>
        <source>Used when the buyer gives no name (or only a first name, as the surname).</source>
        <translation>Utilisé quand l&apos;acheteur ne donne pas de nom (ou comme nom de famille s&apos;il ne donne qu&apos;un prénom).</translation>
    </message>
    <message>
        <source>Require an e-mail address</source>
        <translation>Exiger une adresse e-mail</translation>
    </message>
    <message>
        <source>Turn off for walk-in sales where the tickets are printed or shown on screen; tickets can only be e-mailed when the buyer gives an address.</source>
        <translation>Désactivez pour les ventes au guichet où les billets sont imprimés ou montrés à l&apos;écran&#xa0;; les billets ne peuvent être envoyés par e-mail que si l&apos;acheteur donne une adresse.</translation>
    </message>
    <message>
        <source>E-mail the tickets to the buyer</source>
        <translation>Envoyer les billets par e-mail à l&apos;acheteur</translation>
    </message>
    <message>
        <source>Sent through your BTCPay store&apos;s e-mail settings. Ticket Tailor does not e-mail tickets sold this way.</source>
        <translation>Envoyés via les réglages e-mail de votre boutique BTCPay. Ticket Tailor n&apos;envoie pas par e-mail les billets vendus ainsi.</translation>
    </message>
    <message>
        <source>Till ID</source>
        <translation>ID de la caisse</translation>
    </message>
    <message>
        <source>Marks the invoices and tickets sold by this till. Made up once, then kept.</source>
        <translation>Identifie les factures et les billets vendus par cette caisse. Créé une fois, puis conservé.</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <source>A name for this till, such as &apos;Front door&apos;, shown on its sales.</source>
        <translation>Un nom pour cette caisse, par exemple «&#xa0;Entrée principale&#xa0;», affiché sur ses ventes.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window; a kiosk&apos;s customers may choose their own, and the next customer is welcomed in this one again.</source>
        <translation>La langue de la fenêtre&#xa0;; les clients d&apos;une borne peuvent choisir la leur, puis le client suivant est de nouveau accueilli dans celle-ci.</translation>
    </message>
    <message>
        <source>As the system (English when not one of these)</source>
        <translation>Comme le système (anglais si sa langue n&apos;est pas proposée)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>White and yellow on black, with a thick outline around the control in use, for buyers and staff who see less.</source>
        <translation>Blanc et jaune sur noir, avec un contour épais autour de la commande active, pour les acheteurs et le personnel qui voient moins bien.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>All text about a third larger.</source>
        <translation>Tout le texte agrandi d&apos;environ un tiers.</translation>
    </message>
    <message>
        <source>Start as a kiosk</source>
        <translation>Démarrer en borne</translation>
    </message>
    <message>
        <source>Full screen and locked, for buyers to serve themselves; only the staff PIN leaves it. Needs a staff PIN.</source>
        <translation>Plein écran et verrouillé, pour que les acheteurs se servent eux-mêmes&#xa0;; seul le code du personnel permet d&apos;en sortir. Nécessite un code du personnel.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Staff type it on the kiosk to reach the staff menu. Only a salted hash of it is kept.</source>
        <translation>Le personnel le tape sur la borne pour ouvrir le menu du personnel. Seule une empreinte salée en est conservée.</translation>
    </message>
    <message>
        <source>Start again after no touch for (seconds)</source>
        <translation>Recommencer après inactivité (secondes)</translation>
    </message>
    <message>
        <source>On a choosing screen, the kiosk asks “Are you still there?” after this long without a touch, then goes back to the start. Never while a payment is on.</source>
        <translation>Sur un écran de choix, la borne demande «&#xa0;Vous êtes toujours là&#xa0;?&#xa0;» après ce délai sans contact, puis revient au début. Jamais pendant un paiement.</translation>
    </message>
    <message>
        <source>Show a finished sale for (seconds)</source>
        <translation>Afficher une vente terminée pendant (secondes)</translation>
    </message>
    <message>
        <source>How long the tickets stay on screen after a sale, unless the buyer taps Done: long enough to photograph the ticket QR or take the receipt.</source>
        <translation>Durée d&apos;affichage des billets après une vente, sauf si l&apos;acheteur touche Terminé&#xa0;: assez pour photographier le QR code du billet ou prendre le reçu.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texte d&apos;accueil</translation>
    </message>
    <message>
        <source>The organiser&apos;s words on the kiosk&apos;s start screen.</source>
        <translation>Le message de l&apos;organisateur sur l&apos;écran d&apos;accueil de la borne.</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Image du logo</translation>
    </message>
    <message>
        <source>The path to an image file (PNG, JPEG or SVG) shown on the kiosk&apos;s start screen.</source>
        <translation>Le chemin d&apos;un fichier image (PNG, JPEG ou SVG) affiché sur l&apos;écran d&apos;accueil de la borne.</translation>
    </message>
</context>
<context>
    <name>SettingCheck</name>
    <message>
        <source>must be true or false (or yes/no, 1/0)</source>
        <extracomment>A NUMBER that only takes whole numbers (kept as int).</extracomment>
        <translation>doit valoir true ou false (ou yes/no, 1/0)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</source>
        <translation>doit être un objet JSON comme {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be a web address</source>
        <translation>doit être une adresse web</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (or http://)</source>
        <translation>doit être une adresse web commençant par https:// (ou http://)</translation>
    </message>
    <message>
        <source>is not a valid web address; check the server name and port</source>
        <translation>n&apos;est pas une adresse web valide&#xa0;; vérifiez le nom du serveur et le port</translation>
    </message>
    <message>
        <source>needs a server name, like https://btcpay.example.com</source>
        <translation>doit contenir un nom de serveur, comme https://btcpay.example.com</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>must be a list of {choices}</source>
        <translation>doit être une liste de valeurs parmi {choices}</translation>
    </message>
    <message>
        <source>must only contain {choices} (found {item})</source>
        <translation>ne doit contenir que {choices} ({item} trouvé)</translation>
    </message>
    <message>
        <source>needs at least one</source>
        <translation>doit en contenir au moins un</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a list of names (found {item})</source>
        <translation>doit être une liste de noms ({item} trouvé)</translation>
    </message>
    <message>
        <source>must map ticket type ids to changes</source>
        <translation>doit associer des ID de type de billet à des modifications</translation>
    </message>
    <message>
        <source>has a ticket type id that is not text ({id})</source>
        <translation>contient un ID de type de billet qui n&apos;est pas du texte ({id})</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>ce billet</translation>
    </message>
    <message>
        <source>for {ticket} must be an object with name, price, description, hidden</source>
        <translation>pour {ticket} doit être un objet avec name, price, description, hidden</translation>
    </message>
    <message>
        <source>for {ticket} has unknown fields: {fields}</source>
        <translation>pour {ticket} contient des champs inconnus&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>for {ticket}: the {field} must be text</source>
        <translation>pour {ticket}&#xa0;: le champ {field} doit être du texte</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be written as text, e.g. &quot;12.50&quot;</source>
        <translation>pour {ticket}&#xa0;: le prix doit être écrit sous forme de texte, p. ex. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>for {ticket}: the price {price} is not a number</source>
        <translation>pour {ticket}&#xa0;: le prix {price} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be zero or more</source>
        <translation>pour {ticket}&#xa0;: le prix doit être positif ou nul</translation>
    </message>
    <message>
        <source>for {ticket}: hidden must be true or false</source>
        <translation>pour {ticket}&#xa0;: hidden doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters, digits, dashes or underscores, starting with a letter or digit</source>
        <translation>doit comporter de 1 à 32 lettres, chiffres, tirets ou tirets bas, et commencer par une lettre ou un chiffre</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Set by the environment variable {variable}; change it there.</source>
        <extracomment>The setting&apos;s label and help in the window&apos;s language.</extracomment>
        <translation>Défini par la variable d&apos;environnement {variable}&#xa0;; modifiez-la là.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>Keys a hand-edited file might use for an API key. They are never written back.</extracomment>
        <translation>«&#xa0;{setting}&#xa0;» {problem}.</translation>
    </message>
    <message>
        <source>{variable} is {value}, but {setting} takes whole numbers; {rounded} is used.</source>
        <translation>{variable} vaut {value}, mais «&#xa0;{setting}&#xa0;» n&apos;accepte que des nombres entiers&#xa0;; {rounded} est utilisé.</translation>
    </message>
    <message>
        <source>{variable} is ignored: {setting} {problem}.</source>
        <translation>{variable} est ignorée&#xa0;: «&#xa0;{setting}&#xa0;» {problem}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({error}); the defaults are used.</source>
        <translation>Le fichier de réglages {path} n&apos;a pas pu être lu ({error})&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read, nor copied aside ({error}); the defaults are used.</source>
        <translation>Le fichier de réglages {file} est endommagé&#xa0;: il n&apos;a pu être ni lu ni copié à part ({error})&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read; a copy was kept as {copy} and the defaults are used.</source>
        <translation>Le fichier de réglages {file} est endommagé et n&apos;a pas pu être lu&#xa0;; une copie est conservée sous {copy} et les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used.</source>
        <translation>Le fichier de réglages {file} a été écrit par une version plus récente de Box Office&#xa0;; seul ce que cette version en connaît est utilisé.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used; the file as it was is kept as {copy}.</source>
        <translation>Le fichier de réglages {file} a été écrit par une version plus récente de Box Office&#xa0;; seul ce que cette version en connaît est utilisé&#xa0;; le fichier d&apos;origine est conservé sous {copy}.</translation>
    </message>
    <message>
        <source>The settings file has “{key}”, which looks like a secret; API keys belong in the keyring (settings dialog) or in an environment variable, so it is ignored and removed on the next save.</source>
        <translation>Le fichier de réglages contient «&#xa0;{key}&#xa0;», qui ressemble à un secret&#xa0;; les clés d&apos;API ont leur place dans le trousseau (réglages) ou dans une variable d&apos;environnement&#xa0;: cette entrée est donc ignorée et sera supprimée au prochain enregistrement.</translation>
    </message>
    <message>
        <source>The settings file has an unknown setting “{key}”; it is kept but not used.</source>
        <translation>Le fichier de réglages contient un réglage inconnu, «&#xa0;{key}&#xa0;»&#xa0;; il est conservé mais pas utilisé.</translation>
    </message>
    <message>
        <source>In {file}, {setting} was {value}, but it takes whole numbers now; {rounded} is used (and saved on the next save).</source>
        <translation>Dans {file}, «&#xa0;{setting}&#xa0;» valait {value}, mais n&apos;accepte plus que des nombres entiers&#xa0;; {rounded} est utilisé (et sera enregistré au prochain enregistrement).</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead.</source>
        <translation>Dans {file}, «&#xa0;{setting}&#xa0;» {problem}&#xa0;; la valeur par défaut ({default}) est utilisée à la place.</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead; the file as it was is kept as {copy}.</source>
        <translation>Dans {file}, «&#xa0;{setting}&#xa0;» {problem}&#xa0;; la valeur par défaut ({default}) est utilisée à la place&#xa0;; le fichier d&apos;origine est conservé sous {copy}.</translation>
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
        <translation>La variable d&apos;environnement {variable} en décide&#xa0;; les changements faits ici sont enregistrés mais ignorés tant qu&apos;elle est définie.</translation>
    </message>
    <message>
        <source>Not saved: see the staff PIN on the Kiosk tab.</source>
        <translation>Non enregistré&#xa0;: voyez le code du personnel dans l&apos;onglet Borne.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {error}</source>
        <translation>Les réglages n&apos;ont pas pu être écrits dans {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SettleSale</name>
    <message>
        <source>issue the tickets anyway</source>
        <extracomment>How each decision is named where it is shown afterwards.</extracomment>
        <translation>émettre les billets quand même</translation>
    </message>
    <message>
        <source>retry the issuance</source>
        <translation>relancer l&apos;émission</translation>
    </message>
    <message>
        <source>new invoice for the rest</source>
        <translation>nouvelle facture pour le reste</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>Refund the difference…</source>
        <extracomment>Whether staff are looking (never on a kiosk&apos;s customer screen). The sale being settled in the background, if any.</extracomment>
        <translation>Rembourser la différence…</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <extracomment>&quot;New invoice for the rest&quot; (`new_invoice`); its `start` is set by the window.</extracomment>
        <translation>Émission…</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Relancer l&apos;émission des billets</translation>
    </message>
    <message>
        <source>The customer paid more than the price; the difference can go back.</source>
        <translation>Le client a payé plus que le prix&#xa0;; la différence peut lui être rendue.</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>Afficher le QR code du remboursement</translation>
    </message>
    <message>
        <source>Decided by {staff} at {time}: {action} — {reason}</source>
        <translation>Décidé par {staff} à {time}&#xa0;: {action} — {reason}</translation>
    </message>
    <message>
        <source>Continued in sale {sale}, which bills the rest.</source>
        <translation>Poursuivie par la vente {sale}, qui facture le reste.</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Indiquez d&apos;abord votre nom et le motif&#xa0;; les deux sont enregistrés.</translation>
    </message>
    <message>
        <source>Counting the tickets already issued, then issuing the rest…</source>
        <translation>Comptage des billets déjà émis, puis émission du reste…</translation>
    </message>
    <message>
        <source>Not issued: {error}</source>
        <translation>Non émis&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Refund of {amount} created (pull payment {pull}).</source>
        <translation>Remboursement de {amount} créé (pull payment {pull}).</translation>
    </message>
    <message>
        <source>The customer&apos;s claim waits for approval in BTCPay (Payouts).</source>
        <translation>La réclamation du client attend une approbation dans BTCPay (Payouts).</translation>
    </message>
    <message>
        <source>The customer claims it with the refund QR.</source>
        <translation>Le client le réclame avec le QR code du remboursement.</translation>
    </message>
    <message>
        <source>The refund may have been created; check BTCPay.</source>
        <translation>Le remboursement a peut-être été créé&#xa0;; vérifiez dans BTCPay.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; waiting for its answer.</source>
        <translation>Un remboursement a été demandé à BTCPay&#xa0;; en attente de sa réponse.</translation>
    </message>
</context>
<context>
    <name>SettleWidgets</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, recorded with the decision</source>
        <translation>Votre nom, enregistré avec la décision</translation>
    </message>
    <message>
        <source>Why (e.g. the customer is here and paid in full)</source>
        <translation>Pourquoi (p. ex. le client est là et a tout payé)</translation>
    </message>
    <message>
        <source>Reason, recorded with the decision</source>
        <translation>Motif, enregistré avec la décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>because</source>
        <translation>car</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Relancer l&apos;émission des billets</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Nouvelle facture pour le reste</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>Afficher le QR code du remboursement</translation>
    </message>
</context>
<context>
    <name>ShiftReportCheck</name>
    <message>
        <source>{count} invoice</source>
        <translation>{count} facture</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} factures</translation>
    </message>
    <message>
        <source>{lightning} by Lightning, {onchain} on-chain</source>
        <translation>{lightning} par Lightning, {onchain} on-chain</translation>
    </message>
    <message>
        <source>BTCPay agrees to the satoshi: {invoices}, {bitcoin}.</source>
        <translation>BTCPay concorde au satoshi près&#xa0;: {invoices}, {bitcoin}.</translation>
    </message>
    <message>
        <source>{count} difference</source>
        <translation>{count} écart</translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation>{count} écarts</translation>
    </message>
    <message>
        <source>BTCPay does not agree: {found} ({invoices}, {bitcoin}).</source>
        <translation>BTCPay ne concorde pas&#xa0;: {found} ({invoices}, {bitcoin}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>aucune vente</translation>
    </message>
    <message>
        <source>no invoice</source>
        <translation>aucune facture</translation>
    </message>
    <message>
        <source>Invoice {invoice} ({amount}): BTCPay has it for this till, the journal has no sale for it.</source>
        <translation>Facture {invoice} ({amount})&#xa0;: BTCPay l&apos;attribue à cette caisse, le journal n&apos;a aucune vente correspondante.</translation>
    </message>
    <message>
        <source>Sale {sale}: the journal names invoice {invoice}, BTCPay does not list it.</source>
        <translation>Vente {sale}&#xa0;: le journal indique la facture {invoice}, BTCPay ne la liste pas.</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {note}</source>
        <translation>Vente {sale}, facture {invoice}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>bitcoin received</source>
        <translation>bitcoin reçus</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {what} {journal} in the journal, {btcpay} in BTCPay (difference {difference}).</source>
        <translation>Vente {sale}, facture {invoice}&#xa0;: {what} {journal} dans le journal, {btcpay} dans BTCPay (écart {difference}).</translation>
    </message>
</context>
<context>
    <name>ShiftReportController</name>
    <message>
        <source>The report is shown once the till is open.</source>
        <extracomment>Complimentary sales listed on the page under the table (all of them on paper). The report shown, the latest closing of this till, and the BTCPay check of it. Each sale&apos;s last known state: a new sale or a new outcome reads the report again while the page shows (a snapshot that changes nothing the report counts does not).</extracomment>
        <translation>Le rapport s&apos;affiche dès que la caisse est ouverte.</translation>
    </message>
    <message>
        <source>The end of the period is not after its start.</source>
        <translation>La fin de la période n&apos;est pas postérieure à son début.</translation>
    </message>
    <message>
        <source>Not counted: {count} damaged records of the journal.</source>
        <translation>Non comptabilisés&#xa0;: {count} enregistrements endommagés du journal.</translation>
    </message>
    <message>
        <source>{count} sales of other tills in the journal are not in this report.</source>
        <translation>{count} ventes d&apos;autres caisses figurant dans le journal ne sont pas dans ce rapport.</translation>
    </message>
    <message>
        <source>Complimentary tickets:</source>
        <translation>Billets offerts&#xa0;:</translation>
    </message>
    <message>
        <source>… and {count} more: Save PDF or Print lists them all.</source>
        <translation>… et {count} autres&#xa0;: «&#xa0;Enregistrer en PDF&#xa0;» ou «&#xa0;Imprimer&#xa0;» les liste tous.</translation>
    </message>
    <message>
        <source>Asking BTCPay for this till&apos;s invoices…</source>
        <translation>Demande des factures de cette caisse à BTCPay…</translation>
    </message>
    <message>
        <source>BTCPay could not be asked: {error}</source>
        <translation>BTCPay n&apos;a pas pu être interrogé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This till has made no sales yet, so it has no shift to close.</source>
        <translation>Cette caisse n&apos;a encore rien vendu&#xa0;: il n&apos;y a donc aucun service à clôturer.</translation>
    </message>
    <message>
        <source>The shift was not closed: {error}</source>
        <translation>Le service n&apos;a pas été clôturé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Shift closed at {time}. A new period starts now.</source>
        <translation>Service clôturé le {time}. Une nouvelle période commence maintenant.</translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>End of shift</source>
        <extracomment>The range choices&apos; data. The first column&apos;s data role: &quot;event&quot;, &quot;type&quot; or &quot;total&quot;.</extracomment>
        <translation>Fin de service</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Chiffres du rapport</translation>
    </message>
    <message>
        <source>Differences with BTCPay</source>
        <translation>Écarts avec BTCPay</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Since the last closing</source>
        <translation>Depuis la dernière clôture</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check with BTCPay</source>
        <translation>Vérifier avec BTCPay</translation>
    </message>
    <message>
        <source>Close the shift now? Its totals are recorded with your name, and the report starts again from zero.</source>
        <translation>Clôturer le service maintenant&#xa0;? Ses totaux sont enregistrés avec votre nom, et le rapport repart de zéro.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Who closes the shift</source>
        <translation>Qui clôture le service</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clôturer le service</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Clôturer le service…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Événement / type de billet</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Cette vente est en cours de finalisation par une autre fenêtre ou commande Box Office sur cette caisse. Revenez-y dans un instant.</translation>
    </message>
    <message>
        <source>A refund of this sale&apos;s payment was asked for in BTCPay, so the payment cannot be accepted any more.</source>
        <translation>Un remboursement du paiement de cette vente a été demandé dans BTCPay : le paiement ne peut plus être accepté.</translation>
    </message>
    <message>
        <source>This sale&apos;s payment is not in question: there is nothing to accept. Follow the advice on the screen.</source>
        <translation>Le paiement de cette vente ne pose pas question&#xa0;: il n&apos;y a rien à accepter. Suivez les conseils à l&apos;écran.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so its payment cannot be accepted from the till. Look the payment up in BTCPay.</source>
        <translation>BTCPay n&apos;a plus la facture {invoice} dans cette boutique&#xa0;: son paiement ne peut donc pas être accepté depuis la caisse. Recherchez le paiement dans BTCPay.</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid. A partial payment cannot be accepted: refund it from BTCPay, or start a new sale.</source>
        <translation>Seulement {paid} payés sur {total}. Un paiement partiel ne peut pas être accepté&#xa0;: remboursez-le depuis BTCPay, ou commencez une nouvelle vente.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment of {total} on this invoice, so there is nothing to accept.</source>
        <translation>BTCPay n&apos;indique aucun paiement de {total} sur cette facture&#xa0;: il n&apos;y a rien à accepter.</translation>
    </message>
    <message>
        <source>BTCPay does not let this invoice ({status}) be marked settled now.</source>
        <translation>BTCPay ne permet pas de marquer maintenant cette facture ({status}) comme réglée.</translation>
    </message>
    <message>
        <source>BTCPay refused to mark the invoice settled: {detail}</source>
        <translation>BTCPay a refusé de marquer la facture comme réglée&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>BTCPay left the invoice {status}, not settled.</source>
        <translation>BTCPay a laissé la facture à l&apos;état {status}, non réglée.</translation>
    </message>
    <message>
        <source>Only a completed sale&apos;s tickets can be e-mailed again.</source>
        <translation>Seuls les billets d&apos;une vente terminée peuvent être renvoyés par e-mail.</translation>
    </message>
    <message>
        <source>The tickets are still being handed to BTCPay for e-mail; wait a moment.</source>
        <translation>Les billets sont encore en cours de remise à BTCPay pour envoi par e-mail&#xa0;; patientez un instant.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <extracomment>Statuses from which BTCPay lets an invoice be marked Settled (§5.5), for servers that do not send `availableStatusesForManualMarking`.</extracomment>
        <translation>Cette vente est terminée&#xa0;: ses billets ont déjà été émis.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Cette vente est encore en cours&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>The tickets of this sale are being released; wait a moment.</source>
        <translation>Les billets de cette vente sont en cours de libération&#xa0;; patientez un instant.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to accept.</source>
        <translation>Rien n&apos;a été payé pour cette vente&#xa0;: il n&apos;y a rien à accepter.</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Staff mode — closes after {seconds} s without a touch</source>
        <extracomment>The touch minimum for the bar&apos;s buttons (about 9 mm).</extracomment>
        <translation>Mode personnel — se ferme après {seconds} s sans contact</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menu du personnel</translation>
    </message>
    <message>
        <source>Finish — back to customers</source>
        <translation>Terminer — retour aux clients</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff mode — closes after {} s without a touch</source>
        <extracomment>Seconds without a touch after which the menu closes by itself. Staff chose to settle the sale on screen that needs attention (`set_attention`). Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.</extracomment>
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
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Contrôle des entrées</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Rapport de fin de service</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Settle sale {code} (needs attention)</source>
        <translation>Régler la vente {code} (à vérifier)</translation>
    </message>
    <message>
        <source>Out of order: on — tap to sell again</source>
        <translation>Hors service&#xa0;: oui — touchez pour reprendre la vente</translation>
    </message>
    <message>
        <source>Out of order: off — tap to stop selling</source>
        <translation>Hors service&#xa0;: non — touchez pour arrêter la vente</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>The screens a customer chooses on: idle time counts there, and only there. Events that say a person is at the kiosk. Seconds left before the reset: the &quot;still there?&quot; question is up. A touch answered the question: the customer is still there. Nobody answered: reset the kiosk.</extracomment>
        <translation>Vous êtes toujours là&#xa0;?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Starting again in 1 second</source>
        <translation>Retour à l&apos;accueil dans 1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>Retour à l&apos;accueil dans %n seconde</numerusform>
            <numerusform>Retour à l&apos;accueil dans %n secondes</numerusform>
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
        <translation>{ticket}&#xa0;: {problem}</translation>
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
        <translation>Modifiez un type de billet sur cette caisse uniquement&#xa0;: un autre nom, un prix sur place (laissez vide pour le prix de Ticket Tailor plus les frais de réservation), une autre description, ou masquez-le ici. Ticket Tailor lui-même n&apos;est pas modifié.</translation>
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
    <name>TicketEmail</name>
    <message>
        <source>Your tickets for {event}</source>
        <extracomment>The subject of the ticket e-mail to the customer (the messages after it are its body).</extracomment>
        <translation>Vos billets pour {event}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here is your ticket for {event}.</source>
        <translation>Merci pour votre achat. Voici votre billet pour {event}.</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here are your tickets for {event}.</source>
        <translation>Merci pour votre achat. Voici vos billets pour {event}.</translation>
    </message>
    <message>
        <source>Event: {event}</source>
        <translation>Événement&#xa0;: {event}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Lieu&#xa0;: {venue}</translation>
    </message>
    <message>
        <source>Ticket {number}: {ticket_type} – barcode {barcode}</source>
        <translation>Billet {number}&#xa0;: {ticket_type} – code-barres {barcode}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Show the barcode</source>
        <translation>Afficher le code-barres</translation>
    </message>
    <message>
        <source>Show the barcode at the door, on your phone or printed.</source>
        <translation>Présentez le code-barres à l&apos;entrée, sur votre téléphone ou sur papier.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Référence&#xa0;: {reference}</translation>
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
        <source>E-mail tickets</source>
        <translation>Envoyer les billets</translation>
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
        <translation>Non envoyé&#xa0;: {error}</translation>
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
        <translation>Échec de l&apos;impression&#xa0;: {error}</translation>
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
        <translation>Le PDF n&apos;a pas pu être enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
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
        <extracomment>Staff only: (Order, OfflineIntent), paid in cash or complimentary (`offline_checkout`). A code scanned before an event was open, applied when one opens.</extracomment>
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
        <translation>Débloqué&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Already unlocked: {names}</source>
        <translation>Déjà débloqué&#xa0;: {names}</translation>
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
        <translation>Requis&#xa0;: le nom complet de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Tickets will say “{name}”</source>
        <translation>Les billets indiqueront «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>One name: a surname is added</source>
        <translation>Un seul nom&#xa0;: un nom de famille est ajouté</translation>
    </message>
    <message>
        <source>Needed: the tickets are e-mailed</source>
        <translation>Requis&#xa0;: les billets sont envoyés par e-mail</translation>
    </message>
    <message>
        <source>No e-mail: print or show the tickets</source>
        <translation>Pas d&apos;e-mail&#xa0;: imprimez ou montrez les billets</translation>
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
        <translation>Code ou lien scanné</translation>
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
