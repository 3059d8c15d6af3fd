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
        <extracomment>Cards per row: two side by side in landscape, one under the other in portrait. A card was touched: open this event&apos;s tickets. &quot;Touch to buy tickets&quot;: show the events.</extracomment>
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
        <source>‹ Recent sales</source>
        <translation>‹ Ventes récentes</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
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
        <source>The environment variable {variable} decides this; changes here are saved but not used while it is set.</source>
        <translation>La variable d&apos;environnement {variable} en décide ; les changements faits ici sont enregistrés mais ignorés tant qu&apos;elle est définie.</translation>
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
</TS>
