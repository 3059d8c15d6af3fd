<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcceptPayment</name>
    <message>
        <source>Payment accepted — issuing the tickets…</source>
        <extracomment>The sale engine; None until the till is open. Whether staff may accept (not on a kiosk, where the customer is the one looking). The sale whose payment is being accepted. The open confirmation box, kept alive until it closes. The settle section: with a staff name and a reason given there, accepting is journalled as their decision (`ResolutionAction.ISSUE_ANYWAY`).</extracomment>
        <translation>Pago aceptado — emitiendo las entradas…</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>Requiere atención — revise esta venta</translation>
    </message>
    <message>
        <source>This sale did not finish normally.</source>
        <translation>Esta venta no terminó con normalidad.</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Pedido: {order} — {total}</translation>
    </message>
    <message>
        <source>Invoice: {amount}</source>
        <translation>Factura: {amount}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Recibido: {amount}</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Pendiente: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice status: {status}</source>
        <translation>Estado de la factura de BTCPay: {status}</translation>
    </message>
    <message>
        <source>What to do: nothing here. The rest is billed by sale {sale}.</source>
        <translation>Qué hacer: nada aquí. El resto se cobra con la venta {sale}.</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Qué hacer: {advice}</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Aceptando…</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Aceptar el pago y emitir las entradas</translation>
    </message>
    <message>
        <source>The payment is accepted; the tickets follow.</source>
        <translation>El pago está aceptado; las entradas llegan enseguida.</translation>
    </message>
    <message>
        <source>Started {when} · sale {sale}</source>
        <translation>Iniciada {when} · venta {sale}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>factura de BTCPay {invoice}</translation>
    </message>
    <message>
        <source>buyer {email}</source>
        <translation>comprador {email}</translation>
    </message>
    <message>
        <source>The payment is being refunded. Let the customer scan the refund QR (or give them the printed slip) to claim it; nothing else is needed at the till.</source>
        <translation>El pago se está reembolsando. Deje que el cliente escanee el código QR del reembolso (o dele el comprobante impreso) para reclamarlo; no hace falta nada más en la caja.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer to the refund was lost. Look for it in the store&apos;s pull payments in BTCPay before trying again.</source>
        <translation>Se perdió la respuesta de BTCPay al reembolso. Busque el reembolso en los pull payments de la tienda en BTCPay antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; wait for its answer.</source>
        <translation>Se pidió un reembolso a BTCPay; espere su respuesta.</translation>
    </message>
    <message>
        <source>Accept this payment?</source>
        <translation>¿Aceptar este pago?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the ticket now?</source>
        <translation>¿Aceptar los {received} recibidos por {order} ({total}) y emitir la entrada ahora?</translation>
    </message>
    <message>
        <source>Accept the {received} received for {order} ({total}) and issue the {count} tickets now?</source>
        <translation>¿Aceptar los {received} recibidos por {order} ({total}) y emitir las {count} entradas ahora?</translation>
    </message>
    <message>
        <source>Box Office marks the invoice settled in BTCPay; do not refund it afterwards.</source>
        <translation>Box Office marca la factura como liquidada en BTCPay; no la reembolse después.</translation>
    </message>
    <message>
        <source>Accept and issue tickets</source>
        <translation>Aceptar y emitir las entradas</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Marking the invoice settled in BTCPay…</source>
        <translation>Marcando la factura como liquidada en BTCPay…</translation>
    </message>
    <message>
        <source>Not accepted: {error}</source>
        <translation>No aceptado: {error}</translation>
    </message>
</context>
<context>
    <name>ApiKeys</name>
    <message>
        <source>API keys are kept in the system keyring ({backend}), never in the settings file.</source>
        <extracomment>The keys the dialog edits, in the order they are read and saved. What the keyring held when read (None: nothing, or the environment decides). The keys that come from environment variables, by secret name.</extracomment>
        <translation>Las claves de API se guardan en el llavero del sistema ({backend}), nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer ({backend}), so API keys cannot be saved here. Set {tickettailor} and {btcpay} in the environment that starts Box Office instead.</source>
        <translation>No hay ningún llavero disponible en este equipo ({backend}), así que aquí no se pueden guardar claves de API. Defina {tickettailor} y {btcpay} en el entorno que inicia Box Office.</translation>
    </message>
    <message>
        <source>Set by {variable}</source>
        <translation>Definido por {variable}</translation>
    </message>
    <message>
        <source>Comes from the environment variable {variable}; change it there.</source>
        <translation>Viene de la variable de entorno {variable}; cámbiela allí.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pegue la clave de API</translation>
    </message>
    <message>
        <source>Stored in the system keyring ({where}).</source>
        <translation>Guardada en el llavero del sistema ({where}).</translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in the system keyring ({where}).</source>
        <translation>Aún no definida. Se guardará en el llavero del sistema ({where}).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}</source>
        <extracomment>A language asked for while a sale was being sold: switched to once it ends.</extracomment>
        <translation>Algo salió mal: {error}</translation>
    </message>
</context>
<context>
    <name>AttractController</name>
    <message>
        <source>Touch to buy tickets</source>
        <extracomment>Cards per row: two side by side in landscape, one under the other in portrait. A card was touched: open this event&apos;s tickets. &quot;Touch to buy tickets&quot;: show the events. A language was chosen (its code): the kiosk speaks it from now on.</extracomment>
        <translation>Toque para comprar entradas</translation>
    </message>
    <message>
        <source>Welcome! Buy your tickets here.</source>
        <translation>¡Bienvenido! Compre aquí sus entradas.</translation>
    </message>
    <message>
        <source>No tickets on sale right now.</source>
        <translation>Ahora mismo no hay entradas a la venta.</translation>
    </message>
</context>
<context>
    <name>Buyer</name>
    <message>
        <source>enter an e-mail address</source>
        <translation>introduzca una dirección de correo</translation>
    </message>
    <message>
        <source>remove the spaces</source>
        <translation>quite los espacios</translation>
    </message>
    <message>
        <source>add an @ and a domain</source>
        <translation>añada una @ y un dominio</translation>
    </message>
    <message>
        <source>use only one @</source>
        <translation>use una sola @</translation>
    </message>
    <message>
        <source>add the name before the @</source>
        <translation>añada el nombre antes de la @</translation>
    </message>
    <message>
        <source>add a domain after the @</source>
        <translation>añada un dominio después de la @</translation>
    </message>
    <message>
        <source>this address is too long</source>
        <translation>la dirección es demasiado larga</translation>
    </message>
    <message>
        <source>the part before the @ has a character that is not allowed</source>
        <translation>la parte antes de la @ tiene un carácter no permitido</translation>
    </message>
    <message>
        <source>the address has a character that is not allowed</source>
        <translation>la dirección tiene un carácter no permitido</translation>
    </message>
    <message>
        <source>the domain needs a dot, like example.com</source>
        <translation>al dominio le falta un punto, como en example.com</translation>
    </message>
    <message>
        <source>the domain after the @ is not valid</source>
        <translation>el dominio después de la @ no es válido</translation>
    </message>
    <message>
        <source>the domain ending is not valid</source>
        <translation>la terminación del dominio no es válida</translation>
    </message>
    <message>
        <source>use at most {count} characters</source>
        <extracomment>Zero-width non-joiner and joiner: format characters, but ordinary parts of Persian and Indic spelling (&quot;مهران‌زاده&quot;) and of emoji sequences (unicode.org/faq/persian.html).</extracomment>
        <translation>use como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>the name has a character that is not allowed</source>
        <translation>el nombre tiene un carácter no permitido</translation>
    </message>
    <message>
        <source>a name needs letters</source>
        <translation>el nombre debe tener letras</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>Quantities must be whole numbers, zero or more.</source>
        <translation>Las cantidades deben ser números enteros, de cero en adelante.</translation>
    </message>
    <message>
        <source>{name} needs its access code first.</source>
        <translation>{name} necesita primero su código de acceso.</translation>
    </message>
    <message>
        <source>One of the chosen tickets is no longer on sale.</source>
        <translation>Una de las entradas elegidas ya no está a la venta.</translation>
    </message>
    <message>
        <source>{name}: at least {count} per order.</source>
        <translation>{name}: al menos {count} por pedido.</translation>
    </message>
    <message>
        <source>{name}: only {count} left.</source>
        <translation>{name}: solo quedan {count}.</translation>
    </message>
    <message>
        <source>{name}: at most {count} per order.</source>
        <translation>{name}: como máximo {count} por pedido.</translation>
    </message>
    <message>
        <source>At most {count} tickets from {group} per order.</source>
        <translation>Como máximo {count} entradas de {group} por pedido.</translation>
    </message>
    <message>
        <source>{name}: not on sale now.</source>
        <extracomment>A ticket type&apos;s reason for not being on sale as it reads after its name, by the reason&apos;s source: the catalogue&apos;s reasons begin with a capital, which the sentence does not.</extracomment>
        <translation>{name}: ahora no está a la venta.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}: agotado.</translation>
    </message>
    <message>
        <source>{name}: not available.</source>
        <translation>{name}: no disponible.</translation>
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
        <translation>asientos numerados — venta en línea</translation>
    </message>
    <message>
        <source>sales tax is added on top at Ticket Tailor&apos;s checkout; the door cannot charge it yet</source>
        <extracomment>Why an event with exclusive sales tax is refused (see `_tax_refusal`).</extracomment>
        <translation>el impuesto sobre las ventas se suma en el pago de Ticket Tailor; la taquilla aún no puede cobrarlo</translation>
    </message>
    <message>
        <source>online sales closed</source>
        <translation>venta en línea cerrada</translation>
    </message>
    <message>
        <source>Not on sale now</source>
        <extracomment>Why a ticket type cannot be bought now (`OfferedTicketType.unavailable_reason`).</extracomment>
        <translation>Ahora no está a la venta</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Only {count} left</source>
        <translation>Solo quedan {count}</translation>
    </message>
    <message>
        <source>{count} event</source>
        <extracomment>The access code that unlocks a secret type (compared trimmed and case-insensitively). Ticket Tailor&apos;s own name, kept for staff screens when an override renames the type. A word for staff that does not stop the sale (&quot;online sales closed&quot;). Why nothing of this event can be sold at the door, when that is so.</extracomment>
        <translation>{count} evento</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} eventos</translation>
    </message>
    <message>
        <source>{count} ticket type</source>
        <translation>{count} tipo de entrada</translation>
    </message>
    <message>
        <source>{count} ticket types</source>
        <translation>{count} tipos de entrada</translation>
    </message>
    <message>
        <source>{events} and {types}</source>
        <translation>{events} y {types}</translation>
    </message>
    <message>
        <source>{what} could not be read from Ticket Tailor (left out)</source>
        <translation>No se pudo leer de Ticket Tailor y se omitió: {what}</translation>
    </message>
</context>
<context>
    <name>CatalogueSource</name>
    <message>
        <source>The event {event} selected in the settings does not exist in Ticket Tailor (any more).</source>
        <extracomment>Selected events fetched at once: a handful, well inside Ticket Tailor&apos;s rate limit.</extracomment>
        <translation>El evento {event} elegido en los ajustes no existe en Ticket Tailor (o ya no existe).</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Valid — admit {count}</source>
        <extracomment>Ticket Tailor refused for a reason of its own, or could not be asked and the door list does not know: nobody was admitted.</extracomment>
        <translation>Válida — dejar pasar a {count}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Ya validada</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by this till)</source>
        <translation>Ya validada a las {time} (en esta caja)</translation>
    </message>
    <message>
        <source>Already checked in at {time} (by till {till})</source>
        <translation>Ya validada a las {time} (en la caja {till})</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Ya validada a las {time}</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Entrada desconocida</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Otro evento</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>No validada</translation>
    </message>
    <message>
        <source>{name} · {ticket_type} · {barcode}</source>
        <translation>{name} · {ticket_type} · {barcode}</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Código de barras {barcode}</translation>
    </message>
    <message>
        <source>This ticket is for {event}.</source>
        <translation>Esta entrada es para {event}.</translation>
    </message>
    <message>
        <source>Do not admit: the ticket was cancelled.</source>
        <translation>No dejar pasar: la entrada se anuló.</translation>
    </message>
    <message>
        <source>Not on the door list (Ticket Tailor cannot be reached to check).</source>
        <translation>No está en la lista de acceso (no se puede contactar con Ticket Tailor para comprobarlo).</translation>
    </message>
    <message>
        <source>Checked against the door list: Ticket Tailor will be told when it can be reached.</source>
        <translation>Comprobada con la lista de acceso: se avisará a Ticket Tailor en cuanto se pueda contactar con él.</translation>
    </message>
</context>
<context>
    <name>CheckInController</name>
    <message>
        <source>Check-in unavailable</source>
        <extracomment>The result&apos;s tone stays this long, then fades to neutral (the words stay). The pulse: the tone blinks off and on this many times, this fast. A scanner types each key within this many seconds of the last (people are slower). Seconds between tries to send the queue while check-ins wait. The page has been shown: this till is a check-in desk (see `_start_if_needed`). The sound of a result (replaceable in tests; a machine without audio stays silent).</extracomment>
        <translation>Control de acceso no disponible</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>No validada</translation>
    </message>
    <message>
        <source>The till is not open yet.</source>
        <translation>La caja aún no está abierta.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>{checked} / {issued}</source>
        <translation>{checked} / {issued}</translation>
    </message>
    <message>
        <source>Waiting for the till to open</source>
        <translation>Esperando a que se abra la caja</translation>
    </message>
    <message>
        <source>Offline — {count} check-in waiting</source>
        <translation>Sin conexión — {count} validación en espera</translation>
    </message>
    <message>
        <source>Offline — {count} check-ins waiting</source>
        <translation>Sin conexión — {count} validaciones en espera</translation>
    </message>
    <message>
        <source>door list of {time}</source>
        <translation>lista de acceso de las {time}</translation>
    </message>
    <message>
        <source>no door list yet</source>
        <translation>aún no hay lista de acceso</translation>
    </message>
    <message>
        <source>{count} check-in waiting to be sent</source>
        <translation>{count} validación pendiente de enviar</translation>
    </message>
    <message>
        <source>{count} check-ins waiting to be sent</source>
        <translation>{count} validaciones pendientes de enviar</translation>
    </message>
    <message>
        <source>Online — checked with Ticket Tailor</source>
        <translation>En línea — comprobado con Ticket Tailor</translation>
    </message>
    <message>
        <source>Connecting to Ticket Tailor…</source>
        <translation>Conectando con Ticket Tailor…</translation>
    </message>
    <message>
        <source>{barcode} ({name}, here at {time})</source>
        <translation>{barcode} ({name}, aquí a las {time})</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>{count} double admission: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} acceso doble: entrada validada aquí sin conexión y también en otro lugar: {tickets}.</translation>
    </message>
    <message>
        <source>{count} double admissions: let in here while offline and also elsewhere: {tickets}.</source>
        <translation>{count} accesos dobles: entradas validadas aquí sin conexión y también en otro lugar: {tickets}.</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>no validada</translation>
    </message>
    <message>
        <source>{name}
{ticket_type} · {barcode} · {state}</source>
        <translation>{name}
{ticket_type} · {barcode} · {state}</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>entrada</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its barcode and Enter</source>
        <translation>Escanee una entrada o escriba su código de barras y pulse Intro</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Listo para escanear</translation>
    </message>
    <message>
        <source>Checked in / issued</source>
        <translation>Validadas / emitidas</translation>
    </message>
    <message>
        <source>Find a ticket</source>
        <translation>Buscar una entrada</translation>
    </message>
    <message>
        <source>Name, e-mail or barcode</source>
        <translation>Nombre, correo o código de barras</translation>
    </message>
    <message>
        <source>Search the door list</source>
        <translation>Buscar en la lista de acceso</translation>
    </message>
    <message>
        <source>Matching tickets</source>
        <translation>Entradas coincidentes</translation>
    </message>
    <message>
        <source>Enter or a tap on a ticket checks it in.</source>
        <translation>Intro o un toque en una entrada la valida.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Enter the API key first (an Admin key with “hide personal data” unticked).</source>
        <translation>Introduzca primero la clave de API (una clave Admin con «hide personal data» sin marcar).</translation>
    </message>
    <message>
        <source>Enter the API key first, or press Connect to BTCPay.</source>
        <translation>Introduzca primero la clave de API o pulse «Conectar con BTCPay».</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>{setting} {problem}.</source>
        <translation>«{setting}» {problem}.</translation>
    </message>
    <message>
        <source>Enter the BTCPay Server address first.</source>
        <translation>Introduzca primero la dirección del servidor BTCPay.</translation>
    </message>
    <message>
        <source>Waiting for BTCPay: approve the key in the browser window that opened.</source>
        <translation>Esperando a BTCPay: apruebe la clave en la ventana del navegador que se abrió.</translation>
    </message>
    <message>
        <source>Open this address in a browser and approve the key: {address}</source>
        <translation>Abra esta dirección en un navegador y apruebe la clave: {address}</translation>
    </message>
    <message>
        <source>Could not wait for BTCPay&apos;s answer: {error}</source>
        <translation>No se pudo esperar la respuesta de BTCPay: {error}</translation>
    </message>
    <message>
        <source>Connected: BTCPay sent a new API key. Press Save to keep it.</source>
        <translation>Conectado: BTCPay envió una nueva clave de API. Pulse Guardar para conservarla.</translation>
    </message>
    <message>
        <source>BTCPay allowed {count} stores; the first is used.</source>
        <translation>BTCPay autorizó {count} tiendas; se usa la primera.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Reading the keyring…</source>
        <extracomment>The declared settings this page edits (the rest are on the pages built from declarations). A finding&apos;s mark and tone; the tone&apos;s colour is the theme&apos;s (`painted_colours`).</extracomment>
        <translation>Leyendo el llavero…</translation>
    </message>
    <message>
        <source>Ticket Tailor</source>
        <translation>Ticket Tailor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Ticket Tailor address</source>
        <translation>Dirección de Ticket Tailor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Ticket Tailor API key</source>
        <translation>Clave de API de Ticket Tailor</translation>
    </message>
    <message>
        <source>Use an Admin API key with “hide personal data” unticked (Ticket Tailor: Box office settings, API, Generate a new key). It starts with sk_.</source>
        <translation>Use una clave de API Admin con «hide personal data» sin marcar (Ticket Tailor: Box office settings, API, Generate a new key). Empieza por sk_.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>BTCPay Server</source>
        <translation>BTCPay Server</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Dirección del servidor BTCPay</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>ID de la tienda</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>ID de la tienda de BTCPay</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>Clave de API de BTCPay</translation>
    </message>
    <message>
        <source>Connect to BTCPay…</source>
        <translation>Conectar con BTCPay…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Connect opens BTCPay in your browser and asks for a key that may only view the store&apos;s settings, create invoices and change invoices (plus modify store settings when tickets are e-mailed). Pick the store there.</source>
        <translation>«Conectar» abre BTCPay en su navegador y pide una clave que solo puede ver los ajustes de la tienda, crear facturas y modificar facturas (y cambiar los ajustes de la tienda cuando las entradas se envían por correo). Elija allí la tienda.</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>Demo till</source>
        <translation>Caja de demostración</translation>
    </message>
</context>
<context>
    <name>DemoWallet</name>
    <message>
        <source>Demo wallet — pretend bitcoin</source>
        <translation>Monedero de demostración — bitcoin de mentira</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Monedero de demostración</translation>
    </message>
    <message>
        <source>Pays the invoice on the till&apos;s screen. No real money is involved.</source>
        <translation>Paga la factura que muestra la pantalla de la caja. No hay dinero real en juego.</translation>
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
        <translation>Pagar todo</translation>
    </message>
    <message>
        <source>Pay half</source>
        <translation>Pagar la mitad</translation>
    </message>
    <message>
        <source>Pay too much (+50%)</source>
        <translation>Pagar de más (+50 %)</translation>
    </message>
    <message>
        <source>Confirm on-chain</source>
        <translation>Confirmar on-chain</translation>
    </message>
    <message>
        <source>Let it expire</source>
        <translation>Dejar que caduque</translation>
    </message>
    <message>
        <source>No invoice to pay. Start a sale on the till first.</source>
        <translation>No hay ninguna factura que pagar. Inicie primero una venta en la caja.</translation>
    </message>
    <message>
        <source>The invoice is gone.</source>
        <translation>La factura ya no existe.</translation>
    </message>
    <message>
        <source>Invoice {invoice}: {status}</source>
        <translation>Factura {invoice}: {status}</translation>
    </message>
    <message>
        <source>Due: {due} ({amount} {currency})</source>
        <translation>Pendiente: {due} ({amount} {currency})</translation>
    </message>
    <message>
        <source>This invoice cannot be paid by {method}.</source>
        <translation>Esta factura no se puede pagar por {method}.</translation>
    </message>
    <message>
        <source>The wallet could not pay: {error}</source>
        <translation>El monedero no pudo pagar: {error}</translation>
    </message>
    <message>
        <source>Paid {amount} by {method}.</source>
        <translation>{amount} pagados por {method}.</translation>
    </message>
    <message>
        <source>Could not confirm: {error}</source>
        <translation>No se pudo confirmar: {error}</translation>
    </message>
    <message>
        <source>The on-chain payment is confirmed.</source>
        <translation>El pago on-chain está confirmado.</translation>
    </message>
    <message>
        <source>Could not expire the invoice: {error}</source>
        <translation>No se pudo hacer caducar la factura: {error}</translation>
    </message>
    <message>
        <source>The invoice has expired.</source>
        <translation>La factura ha caducado.</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>defaults (no settings file yet)</source>
        <translation>valores predeterminados (aún no hay archivo de ajustes)</translation>
    </message>
    <message>
        <source>not made yet (made at the first sale)</source>
        <translation>aún no creado (se crea con la primera venta)</translation>
    </message>
    <message>
        <source>read from {where}; till ID {device}</source>
        <translation>leídos de {where}; ID de la caja: {device}</translation>
    </message>
    <message>
        <source>cannot create the Box Office folders: {error}</source>
        <translation>no se pueden crear las carpetas de Box Office: {error}</translation>
    </message>
    <message>
        <source>the settings folder {folder} is not writable; fix its owner</source>
        <translation>no se puede escribir en la carpeta de ajustes {folder}; corrija su propietario</translation>
    </message>
    <message>
        <source>the journal folder {folder} is not writable; fix its owner</source>
        <translation>no se puede escribir en la carpeta del diario {folder}; corrija su propietario</translation>
    </message>
    <message>
        <source>{file} can be read by other users (mode {mode}); run: chmod 600 {file}</source>
        <translation>otros usuarios pueden leer {file} (modo {mode}); ejecute: chmod 600 {file}</translation>
    </message>
    <message>
        <source>the journal {path} cannot be opened: {error}</source>
        <translation>no se puede abrir el diario {path}: {error}</translation>
    </message>
    <message>
        <source>{record}; run boxoffice reconcile</source>
        <translation>{record}; ejecute boxoffice reconcile</translation>
    </message>
    <message>
        <source>not set: enter it in the settings dialog, or set {variable}. {help}</source>
        <translation>no definida: introdúzcala en el diálogo de ajustes o defina {variable}. {help}</translation>
    </message>
    <message>
        <source>found from {variable}</source>
        <translation>obtenida de {variable}</translation>
    </message>
    <message>
        <source>found from the keyring ({keyring})</source>
        <translation>obtenida del llavero ({keyring})</translation>
    </message>
    <message>
        <source>no address set (BOXOFFICE_TICKETTAILOR_URL)</source>
        <translation>no hay ninguna dirección definida (BOXOFFICE_TICKETTAILOR_URL)</translation>
    </message>
    <message>
        <source>the selected event {event} does not exist; remove it from the events sold at this door</source>
        <translation>el evento elegido {event} no existe; quítelo de los eventos que se venden en esta taquilla</translation>
    </message>
    <message>
        <source>the API key was refused; create a new one in Ticket Tailor (Box office settings, API) and enter it in the settings</source>
        <translation>la clave de API fue rechazada; cree una nueva en Ticket Tailor (Box office settings, API) e introdúzcala en los ajustes</translation>
    </message>
    <message>
        <source>the request was blocked or failed before reaching Ticket Tailor (HTTP {status}, a firewall or proxy page such as Cloudflare&apos;s); the API key is not the problem — try again later or from another network</source>
        <translation>la solicitud se bloqueó o falló antes de llegar a Ticket Tailor (HTTP {status}, una página de cortafuegos o proxy como la de Cloudflare); el problema no es la clave de API — inténtelo más tarde o desde otra red</translation>
    </message>
    <message>
        <source>the API key may not read events ({detail})</source>
        <translation>la clave de API no tiene permiso para leer eventos ({detail})</translation>
    </message>
    <message>
        <source>connected, but no event is on sale: publish one, or check the events selected in the settings</source>
        <translation>conectado, pero no hay ningún evento a la venta: publique uno o revise los eventos elegidos en los ajustes</translation>
    </message>
    <message>
        <source>connected; {count} event(s), none has tickets left</source>
        <translation>conectado; {count} evento(s), ninguno con entradas disponibles</translation>
    </message>
    <message>
        <source>connected; on sale: {names}</source>
        <translation>conectado; a la venta: {names}</translation>
    </message>
    <message>
        <source>{unreadable}; the log names them</source>
        <translation>{unreadable}; el registro indica cuáles</translation>
    </message>
    <message>
        <source>{event}: {count} ticket type(s) use reserved seating ({names}); the API cannot issue seated tickets, so they are shown but sold online only</source>
        <translation>{event}: {count} tipo(s) de entrada con asientos numerados ({names}); la API no puede emitir entradas con asiento, así que se muestran pero solo se venden en línea</translation>
    </message>
    <message>
        <source>{event} is not sold at this door: {reason}</source>
        <translation>{event} no se vende en esta taquilla: {reason}</translation>
    </message>
    <message>
        <source>{event} is priced in {currency}: Box Office takes Ticket Tailor&apos;s prices as 1/{units} {currency}, which has not been confirmed for this currency; check one price against the dashboard before selling</source>
        <translation>{event} tiene precios en {currency}: Box Office interpreta los precios de Ticket Tailor como 1/{units} {currency}, algo que no se ha confirmado para esta moneda; compare un precio con el panel de Ticket Tailor antes de vender</translation>
    </message>
    <message>
        <source>the API key hides personal data (names and e-mails come back as &quot;****&quot;): tickets sold here are unaffected, but buyers of online orders cannot be looked up by name or e-mailed; untick &quot;hide personal data&quot; on the key (Box office settings, API)</source>
        <translation>la clave de API oculta los datos personales (nombres y correos llegan como &quot;****&quot;): no afecta a las entradas vendidas aquí, pero a los compradores de pedidos en línea no se les puede buscar por nombre ni escribir por correo; desmarque «hide personal data» en la clave (Box office settings, API)</translation>
    </message>
    <message>
        <source>create invoices</source>
        <translation>crear facturas</translation>
    </message>
    <message>
        <source>view invoices</source>
        <translation>ver facturas</translation>
    </message>
    <message>
        <source>modify invoices (to cancel them and note the tickets)</source>
        <translation>modificar facturas (para cancelarlas y anotar las entradas)</translation>
    </message>
    <message>
        <source>BTCPay permissions</source>
        <translation>Permisos de BTCPay</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>the {setting} is not set ({variable})</source>
        <translation>falta «{setting}» ({variable})</translation>
    </message>
    <message>
        <source>the API key was refused; create one in BTCPay (Account, API keys) and enter it in the settings</source>
        <translation>la clave de API fue rechazada; cree una en BTCPay (Account, API keys) e introdúzcala en los ajustes</translation>
    </message>
    <message>
        <source>connected to BTCPay Server {version}</source>
        <translation>conectado a BTCPay Server {version}</translation>
    </message>
    <message>
        <source>connected to BTCPay Server</source>
        <translation>conectado a BTCPay Server</translation>
    </message>
    <message>
        <source>connected, but the server is not fully synched with the Bitcoin network; payments may be seen late</source>
        <translation>conectado, pero el servidor no está del todo sincronizado con la red Bitcoin; los pagos pueden detectarse con retraso</translation>
    </message>
    <message>
        <source>cannot read the API key&apos;s permissions: {detail}</source>
        <translation>no se pueden leer los permisos de la clave de API: {detail}</translation>
    </message>
    <message>
        <source>the API key may not {what} in store {store} ({permission}); create a key with that permission</source>
        <translation>la clave de API no puede {what} en la tienda {store} ({permission}); cree una clave con ese permiso</translation>
    </message>
    <message>
        <source>store “{name}” ({currency})</source>
        <translation>tienda «{name}» ({currency})</translation>
    </message>
    <message>
        <source>the key lists that permission, but your role in the store does not have it</source>
        <translation>la clave incluye ese permiso, pero su rol en la tienda no lo tiene</translation>
    </message>
    <message>
        <source>the key lacks that permission</source>
        <translation>a la clave le falta ese permiso</translation>
    </message>
    <message>
        <source>the API key may not view the settings of store {store} ({permission}: {why}); selling works, but the till cannot show the store&apos;s name or check its settings</source>
        <translation>la clave de API no puede ver los ajustes de la tienda {store} ({permission}: {why}); se puede vender, pero la caja no puede mostrar el nombre de la tienda ni revisar sus ajustes</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General); this key is for store {others}</source>
        <translation>no se encontró la tienda «{store}», o esta clave no tiene acceso a ella — revise el ID de la tienda (en BTCPay: Store settings, General); esta clave es para la tienda {others}</translation>
    </message>
    <message>
        <source>store “{store}” was not found, or this key is not allowed for this store — check the Store ID (in BTCPay: Store settings, General)</source>
        <translation>no se encontró la tienda «{store}», o esta clave no tiene acceso a ella — revise el ID de la tienda (en BTCPay: Store settings, General)</translation>
    </message>
    <message>
        <source>tickets cannot be e-mailed: the API key lacks {permission} (or, before BTCPay 2.4.0, {older}). Grant it, or turn off “E-mail the tickets to the buyer”</source>
        <translation>las entradas no se pueden enviar por correo: a la clave de API le falta {permission} (o, antes de BTCPay 2.4.0, {older}). Concédale ese permiso o desactive «Enviar las entradas por correo al comprador»</translation>
    </message>
    <message>
        <source>the key may hand e-mails to BTCPay, but cannot check the store&apos;s SMTP settings (that needs {permission}); make sure SMTP is set up in BTCPay (Store settings, Emails), or the tickets may not be sent</source>
        <translation>la clave puede entregar correos a BTCPay, pero no puede revisar los ajustes SMTP de la tienda (eso requiere {permission}); asegúrese de que el SMTP esté configurado en BTCPay (Store settings, Emails), o puede que las entradas no se envíen</translation>
    </message>
    <message>
        <source>could not check the store&apos;s e-mail (SMTP) settings ({detail}); make sure they are set in BTCPay (Store settings, Emails)</source>
        <translation>no se pudieron revisar los ajustes de correo (SMTP) de la tienda ({detail}); asegúrese de que estén configurados en BTCPay (Store settings, Emails)</translation>
    </message>
    <message>
        <source>tickets are e-mailed from {sender} (store SMTP)</source>
        <translation>las entradas se envían por correo desde {sender} (SMTP de la tienda)</translation>
    </message>
    <message>
        <source>the store&apos;s SMTP is not configured, so ticket e-mails may not be sent (BTCPay accepts them anyway, and sends them only if the server&apos;s own SMTP may be used). Set it up in BTCPay (Store settings, Emails), or turn off “E-mail the tickets to the buyer”</source>
        <translation>el SMTP de la tienda no está configurado, así que puede que los correos con las entradas no se envíen (BTCPay los acepta igualmente y solo los envía si se puede usar el SMTP del propio servidor). Configúrelo en BTCPay (Store settings, Emails) o desactive «Enviar las entradas por correo al comprador»</translation>
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
        <translation>el servidor no ofrece {method}, que los ajustes permiten; configúrelo en BTCPay o quítelo de los métodos de pago</translation>
    </message>
    <message>
        <source>cannot read store {store}: {detail}</source>
        <translation>no se puede leer la tienda {store}: {detail}</translation>
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
        <translation>no se puede usar: {detail}; revise la dirección {url}</translation>
    </message>
    <message>
        <source>refunds from the till need the API key&apos;s permission {permission} (“Create non-approved pull payments”; “Create pull payments” includes it and also lets the customer claim the refund at once). Without it, refund in BTCPay itself.</source>
        <extracomment>`POST /api/v1/stores/{storeId}/email/send` needs `cansendstoreemails` from 2.4.0 on, which `canmodifystoresettings` includes; servers before 2.4.0 need `canmodifystoresettings` itself (BTCPay Server source, GreenfieldStoreEmailController.cs; the OpenAPI document still names the old policy). A key with either is accepted for sending. Reading the store&apos;s SMTP settings (`GET .../email`) needs this on every version: a key that may only send cannot tell whether the store has SMTP. `POST .../invoices/{invoiceId}/refund` (and `GET .../refund/{paymentMethodId}`) need `cancreatenonapprovedpullpayments` from 1.13.7 on; the OpenAPI document names `cancreatepullpayments`, which includes it (GreenfieldInvoiceController.cs `RefundInvoice`). Optional: a till sells without it, and only refunds from the till are refused. With this one as well, the customer&apos;s claim of a refund in bitcoin is approved at once; with only `REFUND_PERMISSION` (the Employee role&apos;s level) someone approves it in BTCPay. Listing the store&apos;s pull payments (`GET .../pull-payments`): how a refund whose answer was lost is found again. `canviewstoresettings`, which a till is paired with, includes it. Permissions a till may do without: each with the words that say what it is for and what is lost without it (for the doctor and for a refused refund). Never required for selling.</extracomment>
        <translation>los reembolsos desde la caja necesitan el permiso {permission} de la clave de API («Create non-approved pull payments»; «Create pull payments» lo incluye y además permite al cliente reclamar el reembolso al momento). Sin él, reembolse en el propio BTCPay.</translation>
    </message>
</context>
<context>
    <name>EmailNote</name>
    <message>
        <source>Handing the tickets to BTCPay for e-mail…</source>
        <translation>Entregando las entradas a BTCPay para enviarlas por correo…</translation>
    </message>
    <message>
        <source>The tickets were handed to BTCPay for e-mail before; use E-mail again in Recent sales if the customer has nothing.</source>
        <extracomment>The tickets were handed to BTCPay for e-mail before (never sent twice on its own).</extracomment>
        <translation>Las entradas ya se entregaron antes a BTCPay para enviarlas por correo; use «Reenviar por correo» en Ventas recientes si el cliente no ha recibido nada.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off.</source>
        <extracomment>Ticket e-mails are turned off in the settings.</extracomment>
        <translation>Los correos con las entradas están desactivados.</translation>
    </message>
    <message>
        <source>No e-mail address was given.</source>
        <extracomment>The buyer gave no address.</extracomment>
        <translation>No se indicó ningún correo.</translation>
    </message>
    <message>
        <source>Not sent: the BTCPay API key lacks the permission {permission}.</source>
        <translation>No enviado: a la clave de API de BTCPay le falta el permiso {permission}.</translation>
    </message>
    <message>
        <source>Not sent: {detail}</source>
        <translation>No enviado: {detail}</translation>
    </message>
    <message>
        <source>BTCPay did not confirm it took the e-mail ({detail}); it may have been sent. Ask the customer before using E-mail again.</source>
        <translation>BTCPay no confirmó que recibiera el correo ({detail}); puede que se haya enviado. Pregunte al cliente antes de usar «Reenviar por correo».</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>{service} did not accept the API key. Check it in Settings.</source>
        <translation>{service} no aceptó la clave de API. Revísela en los Ajustes.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this ({permission}). Give the key that permission, or connect again from Settings.</source>
        <translation>La clave de API de {service} no tiene permiso para esto ({permission}). Concédale ese permiso o vuelva a conectar desde los Ajustes.</translation>
    </message>
    <message>
        <source>The {service} API key may not do this. Give the key that permission, or connect again from Settings.</source>
        <translation>La clave de API de {service} no tiene permiso para esto. Concédale ese permiso o vuelva a conectar desde los Ajustes.</translation>
    </message>
    <message>
        <source>The request was blocked or failed before reaching {service} (HTTP {status}). The API key is not the problem; try again later or from another network.</source>
        <translation>La solicitud se bloqueó o falló antes de llegar a {service} (HTTP {status}). El problema no es la clave de API; inténtelo más tarde o desde otra red.</translation>
    </message>
    <message>
        <source>{service} cannot be reached right now ({detail}). Check the network and try again.</source>
        <translation>Ahora mismo no se puede contactar con {service} ({detail}). Revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} sent an answer Box Office does not understand ({detail}). Check the address in Settings.</source>
        <translation>{service} envió una respuesta que Box Office no entiende ({detail}). Revise la dirección en los Ajustes.</translation>
    </message>
    <message>
        <source>{service}: {detail}</source>
        <translation>{service}: {detail}</translation>
    </message>
    <message>
        <source>{service} refused: {detail}</source>
        <translation>{service} rechazó la solicitud: {detail}</translation>
    </message>
    <message>
        <source>The request took too long. Check the network and try again.</source>
        <translation>La solicitud tardó demasiado. Revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}).</source>
        <translation>Error inesperado ({kind}).</translation>
    </message>
    <message>
        <source>{service}&apos;s request limit is reached until {time}. Try again then.</source>
        <translation>Se ha alcanzado el límite de solicitudes de {service} hasta las {time}. Vuelva a intentarlo entonces.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait for {seconds} seconds and try again.</source>
        <translation>{service} pide reducir el ritmo; espere {seconds} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{service} asks us to slow down; wait and try again.</source>
        <translation>{service} pide reducir el ritmo; espere y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>EventChoice</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>The account&apos;s published events, by start time, once loaded. The ids ticked, in the order they were ticked.</extracomment>
        <translation>«{setting}» {problem}.</translation>
    </message>
    <message>
        <source>Enter the Ticket Tailor address and API key first.</source>
        <translation>Introduzca primero la dirección y la clave de API de Ticket Tailor.</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Cargando los eventos…</translation>
    </message>
    <message>
        <source>Could not load the events: {error}</source>
        <translation>No se pudieron cargar los eventos: {error}</translation>
    </message>
    <message>
        <source>{count} published event in Ticket Tailor.</source>
        <translation>{count} evento publicado en Ticket Tailor.</translation>
    </message>
    <message>
        <source>{count} published events in Ticket Tailor.</source>
        <translation>{count} eventos publicados en Ticket Tailor.</translation>
    </message>
    <message>
        <source>marked unavailable</source>
        <translation>marcado como no disponible</translation>
    </message>
    <message>
        <source>not on sale</source>
        <translation>no está a la venta</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>{event} (not found among the published events)</source>
        <translation>{event} (no está entre los eventos publicados)</translation>
    </message>
</context>
<context>
    <name>EventChoicePage</name>
    <message>
        <source>Tick the events sold at this till. With none ticked, every published event with tickets on sale is offered.</source>
        <translation>Marque los eventos que se venden en esta caja. Si no hay ninguno marcado, se ofrece cada evento publicado con entradas a la venta.</translation>
    </message>
    <message>
        <source>Load events from Ticket Tailor</source>
        <translation>Cargar los eventos de Ticket Tailor</translation>
    </message>
    <message>
        <source>Events sold at this till</source>
        <translation>Eventos que se venden en esta caja</translation>
    </message>
</context>
<context>
    <name>EventsController</name>
    <message>
        <source>Box Office is not set up yet.
Open Settings to connect Ticket Tailor and BTCPay.</source>
        <extracomment>A refresh failed (the exception): a kiosk goes out of order on it. A refresh succeeded (the catalogue), even when nothing changed.</extracomment>
        <translation>Box Office aún no está configurado.
Abra los Ajustes para conectar Ticket Tailor y BTCPay.</translation>
    </message>
    <message>
        <source>Last known list</source>
        <translation>Última lista conocida</translation>
    </message>
    <message>
        <source>Loading the events…</source>
        <translation>Cargando los eventos…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Could not update the events: {reason} Showing the last known list.</source>
        <translation>No se pudieron actualizar los eventos: {reason} Se muestra la última lista conocida.</translation>
    </message>
    <message>
        <source>Could not update the events: {reason}</source>
        <translation>No se pudieron actualizar los eventos: {reason}</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>No actualizado</translation>
    </message>
    <message>
        <source>No events to show yet.</source>
        <translation>Aún no hay eventos que mostrar.</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Actualizado a las {time}</translation>
    </message>
    <message>
        <source>No events on sale.
Organisers: pick the events sold here in Settings.</source>
        <translation>No hay eventos a la venta.
Organizadores: elijan en los Ajustes los eventos que se venden aquí.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Choose an event</source>
        <extracomment>The least height of a card; larger text makes it taller (`sizeHint`).</extracomment>
        <translation>Elija un evento</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Box Office cannot create its settings folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <extracomment>What to say when each folder cannot be made.</extracomment>
        <translation>Box Office no puede crear su carpeta de ajustes {path} ({reason}). Corrija el propietario o los permisos de la carpeta, o defina {variable} con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Box Office cannot create its data folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office no puede crear su carpeta de datos {path} ({reason}). Corrija el propietario o los permisos de la carpeta, o defina {variable} con una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Box Office cannot create its log folder {path} ({reason}). Fix the folder&apos;s owner or permissions, or set {variable} to a folder you can write to.</source>
        <translation>Box Office no puede crear su carpeta de registros {path} ({reason}). Corrija el propietario o los permisos de la carpeta, o defina {variable} con una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Date to be announced</source>
        <translation>Fecha por anunciar</translation>
    </message>
    <message>
        <source>Sell online</source>
        <translation>Venta en línea</translation>
    </message>
    <message>
        <source>{count} left</source>
        <translation>quedan {count}</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Code only</source>
        <translation>Solo con código</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>No está a la venta</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expires in {time}</source>
        <translation>Caduca en {time}</translation>
    </message>
    <message>
        <source>{count} ticket</source>
        <translation>{count} entrada</translation>
    </message>
    <message>
        <source>{count} tickets</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <source>{count} sale</source>
        <translation>{count} venta</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation>{count} ventas</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <source>e-mail on its way to BTCPay</source>
        <translation>correo en camino a BTCPay</translation>
    </message>
    <message>
        <source>e-mail handed to BTCPay</source>
        <translation>correo entregado a BTCPay</translation>
    </message>
    <message>
        <source>e-mail not confirmed</source>
        <translation>correo sin confirmar</translation>
    </message>
    <message>
        <source>not e-mailed</source>
        <translation>no enviado por correo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Continued</source>
        <translation>Continuada</translation>
    </message>
    <message>
        <source>the rest billed by sale {sale}</source>
        <translation>resto cobrado con la venta {sale}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Pagado en parte</translation>
    </message>
    <message>
        <source>waiting for the rest</source>
        <translation>esperando el resto</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>confirming</source>
        <translation>confirmando</translation>
    </message>
    <message>
        <source>issuing the tickets</source>
        <translation>emitiendo las entradas</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>reserving the tickets</source>
        <translation>reservando las entradas</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <source>releasing the tickets</source>
        <translation>liberando las entradas</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>No se inició</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>invoice {invoice}</source>
        <translation>factura {invoice}</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>reserva {hold}</translation>
    </message>
    <message>
        <source>{invoice} and {hold}</source>
        <translation>{invoice} y {hold}</translation>
    </message>
    <message>
        <source>its data is not valid JSON</source>
        <extracomment>The columns a sale is read back from: its data, and what a person needs if that is damaged.</extracomment>
        <translation>sus datos no son JSON válido</translation>
    </message>
    <message>
        <source>its data is not text</source>
        <translation>sus datos no son texto</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>a value has the wrong type or form</source>
        <translation>un valor tiene un tipo o un formato incorrecto</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>Ticket Tailor API key</source>
        <extracomment>The keyring &quot;service&quot; under which both keys are stored. Seconds to wait for the keyring before telling the user to use the environment instead.</extracomment>
        <translation>clave de API de Ticket Tailor</translation>
    </message>
    <message>
        <source>In Ticket Tailor: Box office settings, API, Generate a new key (role Admin, personal data not hidden). It starts with sk_.</source>
        <translation>En Ticket Tailor: Box office settings, API, Generate a new key (rol Admin, datos personales sin ocultar). Empieza por sk_.</translation>
    </message>
    <message>
        <source>BTCPay API key</source>
        <translation>clave de API de BTCPay</translation>
    </message>
    <message>
        <source>In BTCPay: Account, API keys, Generate key, with the permissions to view store settings, create invoices, modify invoices (and modify store settings to e-mail tickets).</source>
        <translation>En BTCPay: Account, API keys, Generate key, con permisos para ver los ajustes de la tienda, crear facturas y modificar facturas (y modificar los ajustes de la tienda para enviar entradas por correo).</translation>
    </message>
    <message>
        <source>Secret Service (e.g. GNOME Keyring)</source>
        <translation>Secret Service (p. ej., Anillo de claves de GNOME)</translation>
    </message>
    <message>
        <source>libsecret (e.g. GNOME Keyring)</source>
        <translation>libsecret (p. ej., Anillo de claves de GNOME)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>Cartera de KDE</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>read</source>
        <extracomment>What the keyring is asked to do, as the errors&apos; sentences say it.</extracomment>
        <translation>leer</translation>
    </message>
    <message>
        <source>store</source>
        <translation>guardar</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eliminar</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>none (disabled)</source>
        <translation>ninguno (desactivado)</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>no se puede usar</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to {verb} the {secret}; set the environment variable {variable} instead.</source>
        <translation>No hay ningún llavero disponible en este equipo para {verb} la {secret}; defina en su lugar la variable de entorno {variable}.</translation>
    </message>
    <message>
        <source>The keyring did not answer within {seconds} seconds when asked to {verb} the {secret} (is it waiting to be unlocked?); unlock it, or set the environment variable {variable} instead.</source>
        <translation>El llavero no respondió en {seconds} segundos al pedirle {verb} la {secret} (¿está esperando a que lo desbloqueen?); desbloquéelo o defina en su lugar la variable de entorno {variable}.</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>el llavero está bloqueado</translation>
    </message>
    <message>
        <source>no keyring is available on this computer</source>
        <translation>no hay ningún llavero disponible en este equipo</translation>
    </message>
    <message>
        <source>the keyring failed ({kind})</source>
        <translation>el llavero falló ({kind})</translation>
    </message>
    <message>
        <source>Could not {verb} the {secret}: {why}; unlock or set up the keyring, or set the environment variable {variable} instead.</source>
        <translation>No se pudo {verb} la {secret}: {why}; desbloquee o configure el llavero, o defina en su lugar la variable de entorno {variable}.</translation>
    </message>
    <message>
        <source>The {secret} is empty.</source>
        <translation>La {secret} está vacía.</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>The declared settings this tab edits as fields (the PIN hash is never a field: its text would show the salt). Touch-first: no target on this tab is smaller than this (pixels).</extracomment>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Type a new PIN twice to set or change it: {low} to {high} digits. Leave both empty to keep the PIN as it is.</source>
        <translation>Escriba dos veces un PIN nuevo para definirlo o cambiarlo: de {low} a {high} dígitos. Deje ambos vacíos para mantener el PIN actual.</translation>
    </message>
    <message>
        <source>New staff PIN</source>
        <translation>Nuevo PIN del personal</translation>
    </message>
    <message>
        <source>Repeat the new staff PIN</source>
        <translation>Repita el nuevo PIN del personal</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>A staff PIN is made of digits only, {low} to {high} of them.</source>
        <extracomment>The environment variable holding a plain PIN (unattended set-ups and tests). How long `verify_pin_async` waits for the executor before giving up.</extracomment>
        <translation>Un PIN del personal solo lleva dígitos, de {low} a {high}.</translation>
    </message>
    <message>
        <source>A staff PIN has {low} to {high} digits.</source>
        <translation>Un PIN del personal tiene de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN, and none is set, so the kiosk does not start. Set a PIN in the settings (Kiosk) or in the environment variable {variable}, then start it again.</source>
        <translation>El modo quiosco necesita un PIN del personal y no hay ninguno definido, así que el quiosco no se inicia. Defina un PIN en los ajustes (Quiosco) o en la variable de entorno {variable} y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The staff PIN saved in the settings cannot be used ({problem}), so the kiosk does not start. Set the PIN again, or set {variable}.</source>
        <translation>El PIN del personal guardado en los ajustes no se puede usar ({problem}), así que el quiosco no se inicia. Vuelva a definir el PIN o defina {variable}.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN is made of digits only, {low} to {high} of them.</source>
        <translation>{variable} no se puede usar como PIN del personal: un PIN del personal solo lleva dígitos, de {low} a {high}.</translation>
    </message>
    <message>
        <source>{variable} cannot be used as the staff PIN: a staff PIN has {low} to {high} digits.</source>
        <translation>{variable} no se puede usar como PIN del personal: un PIN del personal tiene de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <source>no PIN hash is stored</source>
        <translation>no hay ningún hash del PIN guardado</translation>
    </message>
    <message>
        <source>the stored PIN is not in the scrypt$n$r$p$salt$hash form</source>
        <translation>el PIN guardado no tiene la forma scrypt$n$r$p$salt$hash</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are not numbers</source>
        <translation>los parámetros scrypt del PIN guardado no son números</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s scrypt parameters are out of range</source>
        <translation>los parámetros scrypt del PIN guardado están fuera de rango</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is not base64</source>
        <translation>la sal o el hash del PIN guardado no están en base64</translation>
    </message>
    <message>
        <source>the stored PIN&apos;s salt or hash is too short</source>
        <translation>la sal o el hash del PIN guardado son demasiado cortos</translation>
    </message>
</context>
<context>
    <name>KioskResults</name>
    <message>
        <source>Payment received — confirming. Your tickets are e-mailed as soon as it confirms.</source>
        <translation>Pago recibido — confirmando. Sus entradas se envían por correo en cuanto se confirme.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>The staff PIN comes from the environment variable {variable}; change it there.</source>
        <extracomment>The file dialog for the logo, while open (opened with `open()`, never `exec()`).</extracomment>
        <translation>El PIN del personal viene de la variable de entorno {variable}; cámbiela allí.</translation>
    </message>
    <message>
        <source>A staff PIN is set</source>
        <translation>Hay un PIN del personal definido</translation>
    </message>
    <message>
        <source>The saved staff PIN cannot be used: set a new one.</source>
        <translation>El PIN del personal guardado no se puede usar: defina uno nuevo.</translation>
    </message>
    <message>
        <source>No staff PIN yet</source>
        <translation>Aún no hay PIN del personal</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the new PIN twice.</source>
        <translation>Los dos PIN no coinciden: escriba dos veces el PIN nuevo.</translation>
    </message>
    <message>
        <source>A kiosk needs a staff PIN: type one in New PIN and Repeat, or untick “Start as a kiosk”.</source>
        <translation>Un quiosco necesita un PIN del personal: escriba uno en PIN nuevo y Repetir, o desmarque «Iniciar como quiosco».</translation>
    </message>
    <message>
        <source>Saving the PIN…</source>
        <translation>Guardando el PIN…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Elegir la imagen del logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Box Office — demo</source>
        <extracomment>Lines of text a banner under the top bar shows at most; the rest is in its tooltip.</extracomment>
        <translation>Box Office — demo</translation>
    </message>
    <message>
        <source>Box Office</source>
        <extracomment>The window&apos;s controller (a `SaleFlow`), attached by `boxoffice.ui.app`. The check-in desk and the end-of-shift report (a `DoorConsole`), attached likewise. The open settings dialog (one at a time), and the demo&apos;s throw-away profile.</extracomment>
        <translation>Box Office</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Demo wallet</source>
        <translation>Monedero demo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Back to the sale</source>
        <translation>Volver a la venta</translation>
    </message>
    <message>
        <source>Demo — no real money is involved. Pay invoices with the Demo wallet window.</source>
        <translation>Demo — no se usa dinero real. Pague las facturas con la ventana Monedero demo.</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Ver la venta</translation>
    </message>
</context>
<context>
    <name>NewInvoice</name>
    <message>
        <source>Making the new invoice…</source>
        <extracomment>Where the order for the rest goes (the window starts it); None: nowhere yet. The sale whose rest is being prepared, if any.</extracomment>
        <translation>Creando la nueva factura…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Nueva factura por el resto</translation>
    </message>
    <message>
        <source>Asking BTCPay what was paid, then billing the rest…</source>
        <translation>Preguntando a BTCPay qué se pagó; después se cobra el resto…</translation>
    </message>
    <message>
        <source>No new invoice: {error}</source>
        <translation>No hay nueva factura: {error}</translation>
    </message>
</context>
<context>
    <name>OfflineCheckout</name>
    <message>
        <source>A reason is needed.</source>
        <extracomment>A step opened or closed (Pay waits while one is open: one way of paying at a time). The name typed in this session (kept across sales, forgotten at quit).</extracomment>
        <translation>Hace falta un motivo.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Estas entradas son gratuitas: no hay efectivo que cobrar.</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>El cliente paga en efectivo en la caja: sin factura, las entradas al momento.</translation>
    </message>
    <message>
        <source>Take {amount} in cash from the customer, then confirm.</source>
        <translation>Cobre {amount} en efectivo al cliente y luego confirme.</translation>
    </message>
    <message>
        <source>Cash taken: {amount}</source>
        <translation>Efectivo cobrado: {amount}</translation>
    </message>
    <message>
        <source>Recorded with the sale and in the shift report.</source>
        <translation>Se registra con la venta y en el informe del turno.</translation>
    </message>
</context>
<context>
    <name>OfflinePanel</name>
    <message>
        <source>Paid in cash</source>
        <translation>Pagado en efectivo</translation>
    </message>
    <message>
        <source>The customer pays in cash at the till: no invoice, the tickets at once.</source>
        <translation>El cliente paga en efectivo en la caja: sin factura, las entradas al momento.</translation>
    </message>
    <message>
        <source>Complimentary…</source>
        <translation>Cortesía…</translation>
    </message>
    <message>
        <source>Give the tickets away, for a reason that is recorded.</source>
        <translation>Regalar las entradas, por un motivo que queda registrado.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Efectivo cobrado</translation>
    </message>
    <message>
        <source>Why are these tickets complimentary?</source>
        <translation>¿Por qué estas entradas son de cortesía?</translation>
    </message>
    <message>
        <source>Reason for the complimentary tickets</source>
        <translation>Motivo de las entradas de cortesía</translation>
    </message>
    <message>
        <source>Required, e.g. press, artist&apos;s guest</source>
        <translation>Obligatorio, p. ej., prensa, invitado del artista</translation>
    </message>
    <message>
        <source>Issue complimentary tickets</source>
        <translation>Emitir entradas de cortesía</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Staff name</source>
        <translation>Nombre del personal</translation>
    </message>
</context>
<context>
    <name>OfflinePayment</name>
    <message>
        <source>Give a reason for the complimentary tickets.</source>
        <translation>Indique el motivo de las entradas de cortesía.</translation>
    </message>
    <message>
        <source>The cash taken must be the total, {total} {currency}.</source>
        <translation>El efectivo cobrado debe ser el total, {total} {currency}.</translation>
    </message>
    <message>
        <source>These tickets are free: there is no cash to take.</source>
        <translation>Estas entradas son gratuitas: no hay efectivo que cobrar.</translation>
    </message>
</context>
<context>
    <name>OfflineSales</name>
    <message>
        <source>Issuing the tickets paid in cash…</source>
        <extracomment>How the flow starts a sale instead of `SaleEngine.start_sale` (`SaleFlow.start_sale`).</extracomment>
        <translation>Emitiendo las entradas pagadas en efectivo…</translation>
    </message>
    <message>
        <source>Issuing the complimentary tickets…</source>
        <translation>Emitiendo las entradas de cortesía…</translation>
    </message>
</context>
<context>
    <name>OfflineWords</name>
    <message>
        <source>Paid in cash — {count} ticket issued</source>
        <translation>Pagado en efectivo — {count} entrada emitida</translation>
    </message>
    <message>
        <source>Paid in cash — {count} tickets issued</source>
        <translation>Pagado en efectivo — {count} entradas emitidas</translation>
    </message>
    <message>
        <source>Complimentary — {count} ticket issued</source>
        <translation>Cortesía — {count} entrada emitida</translation>
    </message>
    <message>
        <source>Complimentary — {count} tickets issued</source>
        <translation>Cortesía — {count} entradas emitidas</translation>
    </message>
    <message>
        <source>Cash taken: {amount} · recorded by {staff}</source>
        <translation>Efectivo cobrado: {amount} · registrado por {staff}</translation>
    </message>
    <message>
        <source>Complimentary: {reason} · given by {staff}</source>
        <translation>Cortesía: {reason} · concedida por {staff}</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>At sign</source>
        <translation>Arroba</translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation>Guion bajo</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apóstrofo</translation>
    </message>
    <message>
        <source>Full stop</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Dot com</source>
        <translation>Punto com</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Accented letters</source>
        <translation>Letras acentuadas</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>This event is no longer on sale.</source>
        <extracomment>The name sent to Ticket Tailor (placeholder rules applied). Ticket Tailor&apos;s formatted start of the event, for the ticket e-mail and receipts.</extracomment>
        <translation>Este evento ya no está a la venta.</translation>
    </message>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Elija al menos una entrada.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s e-mail address for the tickets.</source>
        <translation>Introduzca el correo del comprador para las entradas.</translation>
    </message>
    <message>
        <source>Check the e-mail address: {reason}.</source>
        <translation>Revise el correo: {reason}.</translation>
    </message>
    <message>
        <source>Enter the buyer&apos;s full name.</source>
        <translation>Introduzca el nombre completo del comprador.</translation>
    </message>
    <message>
        <source>Check the name: {reason}.</source>
        <translation>Revise el nombre: {reason}.</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <source>Sorry, this ticket machine is out of order</source>
        <extracomment>The codes, and what each means for staff (the README&apos;s &quot;Kiosk&quot; section lists them too). How often a kiosk that is out of order for a reason it detected looks again (seconds). The task key of the BTCPay check (at most one is out).</extracomment>
        <translation>Lo sentimos, esta máquina de entradas está fuera de servicio</translation>
    </message>
    <message>
        <source>Please buy your tickets at the box office. We are on it.</source>
        <translation>Compre sus entradas en taquilla, por favor. Ya nos ocupamos.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Código para el personal: %1</translation>
    </message>
</context>
<context>
    <name>PairingListener</name>
    <message>
        <source>BTCPay did not send a key in time. Try again, or create a key by hand in BTCPay (Account, API keys) and paste it.</source>
        <translation>BTCPay no envió una clave a tiempo. Inténtelo de nuevo o cree una clave a mano en BTCPay (Account, API keys) y péguela.</translation>
    </message>
    <message>
        <source>Approve the request on BTCPay&apos;s page.</source>
        <translation>Apruebe la solicitud en la página de BTCPay.</translation>
    </message>
    <message>
        <source>BTCPay&apos;s answer did not contain an API key.</source>
        <translation>La respuesta de BTCPay no contenía ninguna clave de API.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Box Office.</source>
        <translation>Puede cerrar esta pestaña y volver a Box Office.</translation>
    </message>
    <message>
        <source>This address only accepts BTCPay&apos;s answer.</source>
        <translation>Esta dirección solo acepta la respuesta de BTCPay.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud no válida</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Waiting for BTCPay</source>
        <translation>Esperando a BTCPay</translation>
    </message>
    <message>
        <source>No key received</source>
        <translation>No se recibió ninguna clave</translation>
    </message>
    <message>
        <source>Box Office is connected</source>
        <translation>Box Office está conectado</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Reserving the tickets…</source>
        <translation>Reservando las entradas…</translation>
    </message>
    <message>
        <source>Payment received (more than due), confirming</source>
        <translation>Pago recibido (más de lo debido), confirmando</translation>
    </message>
    <message>
        <source>Payment received, confirming</source>
        <translation>Pago recibido, confirmando</translation>
    </message>
    <message>
        <source>Paid — issuing the tickets…</source>
        <translation>Pagado — emitiendo las entradas…</translation>
    </message>
    <message>
        <source>Closing the payment window…</source>
        <translation>Cerrando la ventana de pago…</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Payment window closed</source>
        <translation>Ventana de pago cerrada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Partially paid — {amount} left</source>
        <translation>Pagado en parte — faltan {amount}</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Esperando el pago</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <extracomment>The way to pay shown first for a new sale (a kiosk shows Lightning: it settles in seconds, where on-chain takes a block or more). The words while a payment confirms, when a kiosk says more than the till does.</extracomment>
        <translation>Cancelar la venta</translation>
    </message>
    <message>
        <source>The rest of {total}: {paid} was paid before</source>
        <translation>El resto de {total}: {paid} se pagó antes</translation>
    </message>
    <message>
        <source>Connection trouble: {problem}</source>
        <translation>Problema de conexión: {problem}</translation>
    </message>
    <message>
        <source>{due} left
of {amount} ({paid} received)</source>
        <translation>faltan {due}
de {amount} ({paid} recibidos)</translation>
    </message>
    <message>
        <source>Bitcoin on-chain</source>
        <translation>Bitcoin on-chain</translation>
    </message>
    <message>
        <source>Payment received — no need to scan again.</source>
        <translation>Pago recibido — no hace falta volver a escanear.</translation>
    </message>
    <message>
        <source>Bitcoin on-chain — Lightning invoice being renewed…</source>
        <translation>Bitcoin on-chain — se está renovando la factura Lightning…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>Any wallet</source>
        <extracomment>The QR choices: (key, objectName of its button, button text, hint under the QR). The words are marked for lupdate and translated where shown (`method_words`).</extracomment>
        <translation>Cualquier monedero</translation>
    </message>
    <message>
        <source>Bitcoin or Lightning: any wallet can scan this</source>
        <translation>Bitcoin o Lightning: cualquier monedero puede escanearlo</translation>
    </message>
    <message>
        <source>Lightning</source>
        <translation>Lightning</translation>
    </message>
    <message>
        <source>Lightning wallets only</source>
        <translation>Solo monederos Lightning</translation>
    </message>
    <message>
        <source>On-chain</source>
        <translation>On-chain</translation>
    </message>
    <message>
        <source>Bitcoin on-chain wallets only</source>
        <translation>Solo monederos Bitcoin on-chain</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Escanee para pagar</translation>
    </message>
    <message>
        <source>Payment QR code</source>
        <translation>Código QR de pago</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>Checkout page QR code</source>
        <translation>Código QR de la página de pago</translation>
    </message>
    <message>
        <source>Prefer your phone&apos;s browser? Scan this to open the payment page.</source>
        <translation>¿Prefiere el navegador del móvil? Escanee esto para abrir la página de pago.</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar la venta</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <extracomment>Ticks once a second while the pad is locked, to count down and then unlock.</extracomment>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Check the PIN</source>
        <translation>Comprobar el PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type at least {} digits.</source>
        <translation>Escriba al menos {} dígitos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more tries before a pause.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de una pausa.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de una pausa.</numerusform>
        </translation>
    </message>
    <message>
        <source>{} digits typed</source>
        <translation>{} dígitos escritos</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} s.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {} s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {} min {} s.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {} min {} s.</translation>
    </message>
    <message>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>No se pudo comprobar el PIN ahora. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code</source>
        <extracomment>Smallest symbol (version 1) with its quiet zone: the size hint before a payload is encoded. Work per event-loop turn (seconds): well under a 60 Hz frame.</extracomment>
        <translation>Código QR</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Fewer tickets</source>
        <extracomment>Side of the − and + buttons: above the 48 px touch minimum, as they are pressed most. Press-and-hold: wait this long before repeating, then step this often (milliseconds).</extracomment>
        <translation>Menos entradas</translation>
    </message>
    <message>
        <source>More tickets</source>
        <translation>Más entradas</translation>
    </message>
    <message>
        <source>Number of tickets</source>
        <translation>Número de entradas</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Look the invoice up in BTCPay with the reference below and settle it with the customer: refund, or issue the tickets by hand in Ticket Tailor.</source>
        <extracomment>The state a sale with this reason comes to rest in. The short words under the state (&quot;Needs attention&quot; / &quot;paid after it expired&quot;). What staff should do about it. The engine&apos;s fixed message, or None when it builds one with amounts or names. The advice instead of `advice` when the payment arrived in full and the till may accept it (`offers_acceptance`); None: `advice` holds then too. A `needs_attention` reason about the payment: staff may still accept it (mark the invoice settled in BTCPay, or with the till), which issues the tickets. The sale ends `failed`: the customer was never asked to pay. What the closed sale&apos;s page says of it, when the reason says it better than the engine&apos;s message (which speaks of the tickets, not of the customer). Said first when staff are asked to confirm accepting the payment: the condition for it. Said last in that question: something else to bear in mind. What staff should do when no reason says better.</extracomment>
        <translation>Busque la factura en BTCPay con la referencia de abajo y resuélvalo con el cliente: reembolse el pago o emita las entradas a mano en Ticket Tailor.</translation>
    </message>
    <message>
        <source>check the sale</source>
        <extracomment>The words under each end state for a sale with no reason (or one of another state).</extracomment>
        <translation>revise la venta</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>sin pagar</translation>
    </message>
    <message>
        <source>nothing charged</source>
        <translation>no se cobró nada</translation>
    </message>
    <message>
        <source>expired unpaid</source>
        <extracomment>One row per reason.</extracomment>
        <translation>caducada sin pagar</translation>
    </message>
    <message>
        <source>The invoice expired unpaid; the tickets were released.</source>
        <translation>La factura caducó sin pagarse; las entradas se liberaron.</translation>
    </message>
    <message>
        <source>The invoice expired before it was paid.</source>
        <translation>La factura caducó antes de pagarse.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>The sale was cancelled; the tickets were released.</source>
        <translation>La venta se canceló; las entradas se liberaron.</translation>
    </message>
    <message>
        <source>The sale was cancelled; nothing was paid.</source>
        <translation>La venta se canceló; no se pagó nada.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>The invoice was marked invalid in BTCPay; the tickets were released.</source>
        <translation>La factura se marcó como no válida en BTCPay; las entradas se liberaron.</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>A service could not be reached while finishing the sale. Box Office keeps trying; check the invoice in BTCPay and the tickets in Ticket Tailor if it does not resolve.</source>
        <translation>No se pudo contactar con un servicio al terminar la venta. Box Office sigue intentándolo; si no se resuelve, revise la factura en BTCPay y las entradas en Ticket Tailor.</translation>
    </message>
    <message>
        <source>BTCPay did not give the payment details; nothing was charged.</source>
        <translation>BTCPay no dio los datos de pago; no se cobró nada.</translation>
    </message>
    <message>
        <source>The sale was interrupted before payment was asked for; nothing was charged.</source>
        <translation>La venta se interrumpió antes de pedir el pago; no se cobró nada.</translation>
    </message>
    <message>
        <source>only partly paid</source>
        <translation>pagada solo en parte</translation>
    </message>
    <message>
        <source>paid after it expired</source>
        <translation>pagada tras caducar</translation>
    </message>
    <message>
        <source>The customer paid after the payment window closed, so the tickets were released. Refund the payment from the till or from BTCPay, or mark the invoice settled there to issue the tickets.</source>
        <translation>El cliente pagó después de que se cerrara la ventana de pago, así que las entradas se liberaron. Reembolse el pago desde la caja o desde BTCPay, o marque allí la factura como liquidada para emitir las entradas.</translation>
    </message>
    <message>
        <source>The full amount arrived after the payment window closed, so the tickets were released. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>El importe completo llegó después de que se cerrara la ventana de pago, así que las entradas se liberaron. Acepte el pago abajo para emitir las entradas ahora, o reembólselo.</translation>
    </message>
    <message>
        <source>A payment arrived after the sale was cancelled. Refund it from the till or from BTCPay, or start a new sale for the customer.</source>
        <translation>Llegó un pago después de cancelarse la venta. Reembólselo desde la caja o desde BTCPay, o inicie una nueva venta para el cliente.</translation>
    </message>
    <message>
        <source>The full amount was paid after the sale was cancelled. Accept the payment below to issue the tickets now, or refund it.</source>
        <translation>Se pagó el importe completo después de cancelarse la venta. Acepte el pago abajo para emitir las entradas ahora, o reembólselo.</translation>
    </message>
    <message>
        <source>The invoice is paid but Ticket Tailor refused to issue the tickets. Do not take another payment: retry issuing them once Ticket Tailor&apos;s reason is dealt with, or refund the payment.</source>
        <translation>La factura está pagada, pero Ticket Tailor se negó a emitir las entradas. No cobre otro pago: vuelva a intentar emitirlas cuando se resuelva el motivo de Ticket Tailor, o reembolse el pago.</translation>
    </message>
    <message>
        <source>The bitcoin rate may have moved since the invoice expired.</source>
        <translation>El tipo de cambio del bitcoin puede haber variado desde que caducó la factura.</translation>
    </message>
    <message>
        <source>The customer paid only part of the amount before the window closed. Make a new invoice for the rest (the seats are held again), or refund what arrived.</source>
        <translation>El cliente pagó solo una parte del importe antes de que se cerrara el plazo de pago. Haga una nueva factura por el resto (las plazas se reservan de nuevo) o reembolse lo que llegó.</translation>
    </message>
    <message>
        <source>paid after a cancel</source>
        <translation>pagada tras cancelarse</translation>
    </message>
    <message>
        <source>not confirmed in time</source>
        <translation>no confirmada a tiempo</translation>
    </message>
    <message>
        <source>BTCPay marked the payment invalid (it was not confirmed in time). Check the invoice in BTCPay before letting the customer in.</source>
        <translation>BTCPay marcó el pago como no válido (no se confirmó a tiempo). Revise la factura en BTCPay antes de dejar entrar al cliente.</translation>
    </message>
    <message>
        <source>The full amount was paid but not confirmed in time, so BTCPay marked the invoice invalid. Check in BTCPay that the payment has confirmed since, then accept it below; otherwise refund it.</source>
        <translation>Se pagó el importe completo, pero no se confirmó a tiempo, así que BTCPay marcó la factura como no válida. Compruebe en BTCPay que el pago ya se ha confirmado y acéptelo abajo; si no, reembólselo.</translation>
    </message>
    <message>
        <source>Accept only if BTCPay shows the payment confirmed by now.</source>
        <translation>Acepte solo si BTCPay ya muestra el pago como confirmado.</translation>
    </message>
    <message>
        <source>tickets refused</source>
        <translation>entradas rechazadas</translation>
    </message>
    <message>
        <source>reserved tickets gone</source>
        <translation>reserva perdida</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>80 mm receipt roll</source>
        <extracomment>Tickets that fit under the heading on the first A4 page, and on each following page. Text-object type and properties of a QR code inside the receipt document.</extracomment>
        <translation>Rollo de recibos de 80 mm</translation>
    </message>
    <message>
        <source>Ticket {number} of {count}</source>
        <translation>Entrada {number} de {count}</translation>
    </message>
    <message>
        <source>Total paid: {total}</source>
        <translation>Total pagado: {total}</translation>
    </message>
    <message>
        <source>In bitcoin: {amount}</source>
        <translation>En bitcoin: {amount}</translation>
    </message>
    <message>
        <source>Reference {reference}</source>
        <translation>Referencia {reference}</translation>
    </message>
    <message>
        <source>Show the QR code at the door.</source>
        <translation>Muestre el código QR en la puerta.</translation>
    </message>
    <message>
        <source>the printer or file could not be opened</source>
        <translation>no se pudo abrir la impresora ni el archivo</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Not e-mailed yet: press “E-mail tickets” to send them to {address}.</source>
        <translation>Aún no enviadas por correo: pulse «Enviar las entradas» para enviarlas a {address}.</translation>
    </message>
    <message>
        <source>Handing the tickets to BTCPay for e-mail to {address}…</source>
        <translation>Entregando las entradas a BTCPay para enviarlas por correo a {address}…</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay for e-mail to {address}</source>
        <translation>Entradas entregadas a BTCPay para enviarlas por correo a {address}</translation>
    </message>
    <message>
        <source>No e-mail address: print the tickets or let the buyer photograph the QR codes.</source>
        <translation>Sin correo: imprima las entradas o deje que el comprador fotografíe los códigos QR.</translation>
    </message>
    <message>
        <source>it could not be sent</source>
        <translation>no se pudo enviar</translation>
    </message>
    <message>
        <source>E-mail to {address} not confirmed: {note}</source>
        <translation>Correo a {address} sin confirmar: {note}</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}.</source>
        <translation>Entradas no enviadas por correo a {address}.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}: {note}</source>
        <translation>Entradas no enviadas por correo a {address}: {note}</translation>
    </message>
    <message>
        <source>Paid — {count} ticket issued</source>
        <translation>Pagado — {count} entrada emitida</translation>
    </message>
    <message>
        <source>Paid — {count} tickets issued</source>
        <translation>Pagado — {count} entradas emitidas</translation>
    </message>
    <message>
        <source>Sold {when}</source>
        <translation>Vendido {when}</translation>
    </message>
    <message>
        <source>Barcode {barcode}</source>
        <translation>Código de barras {barcode}</translation>
    </message>
</context>
<context>
    <name>RecentSalesController</name>
    <message>
        <source>Newest first · {sales}</source>
        <translation>Las más recientes primero · {sales}</translation>
    </message>
    <message>
        <source>{count} in progress</source>
        <translation>{count} en curso</translation>
    </message>
    <message>
        <source>All events</source>
        <extracomment>How many of the latest sales the view loads: a whole shift&apos;s, and more, at a busy door. An action on a sale (a `SaleAction` value, the sale id). Whether ticket e-mails can go out (the engine&apos;s word, once the till is open). Until the first list arrives, the view says it is loading, not that there are none. The sale chosen before rows went away: Qt would choose a neighbour instead, and a button pressed then would act on a sale nobody chose.</extracomment>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Loading the sales…</source>
        <translation>Cargando las ventas…</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Aún no hay ventas en esta caja. Las ventas aparecen aquí en cuanto empiezan.</translation>
    </message>
    <message>
        <source>No sale matches the search or the filters.</source>
        <translation>Ninguna venta coincide con la búsqueda o los filtros.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} completada(s)</translation>
    </message>
    <message>
        <source>{count} released/expired</source>
        <translation>{count} liberada(s)/caducada(s)</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} reembolsada(s)</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} requiere atención</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} requieren atención</translation>
    </message>
    <message>
        <source>{shown} shown</source>
        <translation>{shown} mostrada(s)</translation>
    </message>
    <message>
        <source>{parts} — tap a sale to open it.</source>
        <translation>{parts} — toque una venta para abrirla.</translation>
    </message>
    <message>
        <source>Newest first · the latest {sales}</source>
        <translation>Las más recientes primero · las últimas {sales}</translation>
    </message>
</context>
<context>
    <name>RecentSalesModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagado con</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Resuelto por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>issued anyway</source>
        <extracomment>What staff chose for a sale, by `ResolutionAction` value (the resolution&apos;s own words).</extracomment>
        <translation>emitidas de todos modos</translation>
    </message>
    <message>
        <source>issue tried again</source>
        <translation>emisión reintentada</translation>
    </message>
    <message>
        <source>new invoice</source>
        <translation>nueva factura</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>{day} · till {till}</source>
        <extracomment>States in which the customer has certainly paid a billed sale. This till&apos;s id: another till&apos;s sale (adopted from BTCPay) says whose it was. Narrow: the way of paying is said under the amount (its column is hidden).</extracomment>
        <translation>{day} · caja {till}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Cliente en taquilla</translation>
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
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>Cortesía</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>{amount} pagados</translation>
    </message>
</context>
<context>
    <name>RecentSalesView</name>
    <message>
        <source>Sales</source>
        <extracomment>Below this table width the way of paying is said under the amount instead of in a column. Rows measured for the columns&apos; widths: a few screens&apos; worth (what is cut short further down is in its tooltip), so that filtering thousands of sales as staff type stays quick.</extracomment>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Find other tills&apos; sales</source>
        <translation>Buscar ventas de otras cajas</translation>
    </message>
    <message>
        <source>Look in BTCPay for sales other tills left unfinished, and finish them here.</source>
        <translation>Buscar en BTCPay ventas que otras cajas dejaron sin terminar y terminarlas aquí.</translation>
    </message>
    <message>
        <source>Name, e-mail, invoice or ticket barcode</source>
        <translation>Nombre, correo, factura o código de barras de la entrada</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Buscar ventas</translation>
    </message>
    <message>
        <source>Show sales in state</source>
        <translation>Mostrar las ventas en el estado</translation>
    </message>
    <message>
        <source>Show sales of event</source>
        <translation>Mostrar las ventas del evento</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show payment &amp;QR</source>
        <translation>Mostrar el &amp;QR de pago</translation>
    </message>
    <message>
        <source>&amp;Reprint</source>
        <translation>&amp;Reimprimir</translation>
    </message>
    <message>
        <source>Resend &amp;e-mail</source>
        <translation>Reenviar por &amp;correo</translation>
    </message>
    <message>
        <source>Retry &amp;issuance</source>
        <translation>Reintentar la &amp;emisión</translation>
    </message>
    <message>
        <source>Open in &amp;BTCPay</source>
        <translation>Abrir en &amp;BTCPay</translation>
    </message>
    <message>
        <source>No sales on this till yet. Sales appear here as soon as they start.</source>
        <translation>Aún no hay ventas en esta caja. Las ventas aparecen aquí en cuanto empiezan.</translation>
    </message>
    <message>
        <source>Show all sales</source>
        <translation>Mostrar todas las ventas</translation>
    </message>
</context>
<context>
    <name>RefundPanel</name>
    <message>
        <source>The bitcoin that was paid (at the rate of the sale)</source>
        <translation>Los bitcoins pagados (al cambio de la venta)</translation>
    </message>
    <message>
        <source>What was paid, in bitcoin at today&apos;s rate</source>
        <translation>Lo pagado, en bitcoin al cambio de hoy</translation>
    </message>
    <message>
        <source>Only the part paid over the price</source>
        <translation>Solo lo pagado de más</translation>
    </message>
    <message>
        <source>Another amount:</source>
        <translation>Otro importe:</translation>
    </message>
    <message>
        <source>Refund ready — scan to claim it</source>
        <extracomment>The sale whose refund page is open, or None. The sale whose refund is being created.</extracomment>
        <translation>Reembolso listo — escanee para reclamarlo</translation>
    </message>
    <message>
        <source>The customer scans this code with their phone and enters a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>El cliente escanea este código con su móvil e introduce una dirección bitcoin o una factura Lightning para recibir el reembolso.</translation>
    </message>
    <message>
        <source>Sale {sale} · {order}</source>
        <translation>Venta {sale} · {order}</translation>
    </message>
    <message>
        <source>Refund the customer</source>
        <translation>Reembolsar al cliente</translation>
    </message>
    <message>
        <source>Order: {order} — {total}</source>
        <translation>Pedido: {order} — {total}</translation>
    </message>
    <message>
        <source>Received: {amount}</source>
        <translation>Recibido: {amount}</translation>
    </message>
    <message>
        <source>BTCPay invoice {invoice}</source>
        <translation>Factura de BTCPay {invoice}</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Crear el reembolso</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Indique primero su nombre y el motivo; ambos quedan registrados.</translation>
    </message>
    <message>
        <source>Write the amount as a number, for example 12.50.</source>
        <translation>Escriba el importe como número, por ejemplo 12.50.</translation>
    </message>
    <message>
        <source>Asking BTCPay for the refund…</source>
        <translation>Pidiendo el reembolso a BTCPay…</translation>
    </message>
    <message>
        <source>Not refunded: {error}</source>
        <translation>No reembolsado: {error}</translation>
    </message>
    <message>
        <source>Refund {sale}</source>
        <translation>Reembolso {sale}</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Imprimir el comprobante de reembolso</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Error al imprimir: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Enviado a {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund of {amount}</source>
        <extracomment>The code&apos;s largest side on paper: big enough for a phone, small enough for a roll.</extracomment>
        <translation>Reembolso de {amount}</translation>
    </message>
    <message>
        <source>{event}: {order}</source>
        <translation>{event}: {order}</translation>
    </message>
    <message>
        <source>Scan the code with your phone and enter a bitcoin address or a Lightning invoice to receive the refund.</source>
        <translation>Escanee el código con su móvil e introduzca una dirección bitcoin o una factura Lightning para recibir el reembolso.</translation>
    </message>
    <message>
        <source>The box office approves your claim before it is paid.</source>
        <translation>La taquilla aprueba su solicitud antes de pagarla.</translation>
    </message>
    <message>
        <source>Your refund</source>
        <translation>Su reembolso</translation>
    </message>
</context>
<context>
    <name>RefundView</name>
    <message>
        <source>How much goes back?</source>
        <extracomment>Large enough for a phone held at arm&apos;s length across the counter.</extracomment>
        <translation>¿Cuánto se devuelve?</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Importe a reembolsar</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, recorded with the refund</source>
        <translation>Su nombre, registrado con el reembolso</translation>
    </message>
    <message>
        <source>Why (e.g. the tickets sold out)</source>
        <translation>Por qué (p. ej., se agotaron las entradas)</translation>
    </message>
    <message>
        <source>Reason, recorded with the refund</source>
        <translation>Motivo, registrado con el reembolso</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>Reembolsado por</translation>
    </message>
    <message>
        <source>because</source>
        <translation>porque</translation>
    </message>
    <message>
        <source>Create the refund</source>
        <translation>Crear el reembolso</translation>
    </message>
    <message>
        <source>‹ Back to the sale</source>
        <translation>‹ Volver a la venta</translation>
    </message>
    <message>
        <source>Refund claim QR code</source>
        <translation>Código QR para reclamar el reembolso</translation>
    </message>
    <message>
        <source>Print the claim slip</source>
        <translation>Imprimir el comprobante de reembolso</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>BTCPay&apos;s answer was lost, so the refund may have been created. Check the store&apos;s pull payments in BTCPay before trying again.</source>
        <extracomment>Invoice states BTCPay refunds (InvoiceEntity.cs `CanRefund`).</extracomment>
        <translation>Se perdió la respuesta de BTCPay, así que puede que el reembolso se haya creado. Revise los pull payments de la tienda en BTCPay antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>A custom refund needs an amount greater than zero.</source>
        <translation>Un reembolso personalizado necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Another Box Office window or command on this till is working on this sale. Look at it again in a moment.</source>
        <translation>Otra ventana u orden de Box Office en esta caja está trabajando con esta venta. Vuelva a mirarla en un momento.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Esta venta sigue en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to refund.</source>
        <translation>No se pagó nada por esta venta, así que no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued, so only what was paid over the price can be refunded from the till.</source>
        <translation>Las entradas de esta venta se emitieron, así que desde la caja solo puede reembolsarse lo pagado de más.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment on this invoice, so there is nothing to refund.</source>
        <translation>BTCPay no muestra ningún pago en esta factura, así que no hay nada que reembolsar.</translation>
    </message>
    <message>
        <source>This invoice was not paid over its amount; choose another kind of refund.</source>
        <translation>Esta factura no se pagó por encima de su importe; elija otro tipo de reembolso.</translation>
    </message>
    <message>
        <source>This sale was refunded already (pull payment {pull}); give the customer its claim link again, or look it up in BTCPay.</source>
        <translation>Esta venta ya se reembolsó (pull payment {pull}); vuelva a dar al cliente su enlace de cobro o búsquelo en BTCPay.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so it cannot be refunded from the till.</source>
        <translation>BTCPay ya no tiene la factura {invoice} en esta tienda, así que no puede reembolsarse desde la caja.</translation>
    </message>
    <message>
        <source>BTCPay refunds only a settled or invalid invoice, or an expired one that was paid; this one is {status} ({detail}).</source>
        <translation>BTCPay solo reembolsa una factura liquidada o no válida, o una caducada que se pagó; esta está {status} ({detail}).</translation>
    </message>
    <message>
        <source>The BTCPay API key may not do this: it lacks {permission}.</source>
        <translation>La clave de API de BTCPay no puede hacer esto: le falta {permission}.</translation>
    </message>
    <message>
        <source>BTCPay has no exchange rate now, so it cannot refund at today&apos;s rate. Choose another kind of refund.</source>
        <translation>BTCPay no tiene ahora tipo de cambio, así que no puede reembolsar al cambio de hoy. Elija otro tipo de reembolso.</translation>
    </message>
    <message>
        <source>BTCPay says this invoice cannot be refunded (it is not settled, invalid, or expired with a payment).</source>
        <translation>BTCPay indica que esta factura no puede reembolsarse (no está liquidada, ni es no válida, ni caducó con un pago).</translation>
    </message>
    <message>
        <source>BTCPay refused the refund: {detail}</source>
        <translation>BTCPay rechazó el reembolso: {detail}</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <source>Tickets</source>
        <extracomment>Headings of the figures known here (a line break where a narrow column needs one).</extracomment>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Booking
fees</source>
        <translation>Comisiones
de reserva</translation>
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
desconocido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <source>Needs
attention</source>
        <translation>Requiere
atención</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Still
open</source>
        <translation>Aún
en curso</translation>
    </message>
    <message>
        <source>Cash
tickets</source>
        <translation>Entradas
en efectivo</translation>
    </message>
    <message>
        <source>Cash
taken</source>
        <translation>Efectivo
cobrado</translation>
    </message>
    <message>
        <source>Compli-
mentary</source>
        <translation>De
cortesía</translation>
    </message>
    <message>
        <source>BTC
refunded</source>
        <translation>BTC
reembolsados</translation>
    </message>
    <message>
        <source>Refunded
(money)</source>
        <translation>Reembolsado
(moneda)</translation>
    </message>
    <message>
        <source>the first sale</source>
        <extracomment>Shown only when a row has some: most shifts have none (and 1280 pixels hold the rest).</extracomment>
        <translation>la primera venta</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Sales from {start} to {end}</source>
        <translation>Ventas desde {start} hasta {end}</translation>
    </message>
    <message>
        <source>This till has not closed a shift yet.</source>
        <translation>Esta caja aún no ha cerrado ningún turno.</translation>
    </message>
    <message>
        <source>Last closed at {time} by {staff}.</source>
        <translation>Último cierre el {time}, por {staff}.</translation>
    </message>
    <message>
        <source>Last closed at {time}.</source>
        <translation>Último cierre el {time}.</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} completada(s)</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} liberada(s)</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} requiere(n) atención</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fallida(s)</translation>
    </message>
    <message>
        <source>{count} refunded</source>
        <translation>{count} reembolsada(s)</translation>
    </message>
    <message>
        <source>{count} still open</source>
        <translation>{count} aún en curso</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No hay ventas en este periodo.</translation>
    </message>
    <message>
        <source>Sales: {counts}</source>
        <translation>Ventas: {counts}</translation>
    </message>
    <message>
        <source>{count} × {event}: {reason} (by {staff}, {time})</source>
        <translation>{count} × {event}: {reason} (por {staff}, {time})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
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
        <translation>{count} ventas de otras cajas no figuran en este informe.</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>Caja {till}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Impreso el {time}</translation>
    </message>
    <message>
        <source>Complimentary tickets</source>
        <translation>Entradas de cortesía</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contabilizado</translation>
    </message>
    <message>
        <source>Checked with BTCPay</source>
        <translation>Comprobado con BTCPay</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importes</translation>
    </message>
    <message>
        <source>Seats by the outcome of their sale</source>
        <translation>Entradas según el resultado de su venta</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Evento / tipo de entrada</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Informe de fin de turno</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Export the report as CSV</source>
        <extracomment>The open dialog (and printer), kept alive until it closes.</extracomment>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving the CSV…</source>
        <translation>Guardando el CSV…</translation>
    </message>
    <message>
        <source>The CSV could not be saved: {error}</source>
        <translation>No se pudo guardar el CSV: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>No se pudo guardar el PDF: {error}</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Informe de fin de turno</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Error al imprimir: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Enviado a {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
</context>
<context>
    <name>Resolutions</name>
    <message>
        <source>BTCPay could not say what the customer paid ({error}); nothing was done. Try again in a moment.</source>
        <translation>BTCPay no pudo indicar lo que pagó el cliente ({error}); no se hizo nada. Inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>This BTCPay server does not say exactly what was paid (it needs version 2.1.2 or later), so the rest cannot be billed. Refund what arrived instead.</source>
        <translation>Este servidor BTCPay no indica exactamente lo que se pagó (necesita la versión 2.1.2 o posterior), así que no se puede cobrar el resto. Reembolse en su lugar lo recibido.</translation>
    </message>
    <message>
        <source>A new invoice for the rest was made already: this sale is continued in sale {sale}.</source>
        <translation>Ya se creó una nueva factura por el resto: esta venta continúa en la venta {sale}.</translation>
    </message>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Otra ventana o comando de Box Office de esta caja está terminando esta venta. Vuelva a mirarla dentro de un momento.</translation>
    </message>
    <message>
        <source>Say who is settling this sale: the staff name is missing.</source>
        <translation>Indique quién resuelve esta venta: falta el nombre del personal.</translation>
    </message>
    <message>
        <source>Say why the sale is settled this way: the reason is missing.</source>
        <translation>Indique por qué la venta se resuelve así: falta el motivo.</translation>
    </message>
    <message>
        <source>Only a sale whose invoice expired after part of the price was paid can get a new invoice for the rest.</source>
        <translation>Solo una venta cuya factura caducó después de pagarse parte del precio puede recibir una nueva factura por el resto.</translation>
    </message>
    <message>
        <source>This sale is continued in sale {sale}, which bills the rest: settle that one.</source>
        <extracomment>Reasons whose tickets may be issued again: Ticket Tailor refused them, or their hold went.</extracomment>
        <translation>Esta venta continúa en la venta {sale}, que cobra el resto: resuelva esa.</translation>
    </message>
    <message>
        <source>The tickets of this sale were issued and it was not paid over its price, so there is nothing to refund from the till.</source>
        <translation>Las entradas de esta venta se emitieron y no se pagó por encima de su precio, así que no hay nada que reembolsar desde la caja.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <translation>Esta venta está completada: sus entradas ya se emitieron.</translation>
    </message>
    <message>
        <source>This sale does not need attention now; there is nothing to settle.</source>
        <translation>Esta venta no requiere atención ahora; no hay nada que resolver.</translation>
    </message>
    <message>
        <source>Only a payment that arrived in full can be accepted; refund this one instead.</source>
        <translation>Solo se puede aceptar un pago que haya llegado completo; reembolse este en su lugar.</translation>
    </message>
    <message>
        <source>Ticket Tailor did not refuse this sale&apos;s tickets, so there is no issuance to retry.</source>
        <translation>Ticket Tailor no rechazó las entradas de esta venta, así que no hay ninguna emisión que reintentar.</translation>
    </message>
    <message>
        <source>This sale cannot be settled that way from the till; look it up in BTCPay.</source>
        <translation>Esta venta no se puede resolver así desde la caja; búsquela en BTCPay.</translation>
    </message>
</context>
<context>
    <name>ResultController</name>
    <message>
        <source>today at {time}</source>
        <extracomment>The order for the rest of a partly paid, expired sale, to start as any sale. The sale engine (accepting, e-mailing again); None until the till is open. Who is settling sales at this till, asked once per window.</extracomment>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>The sale could not be started.</source>
        <translation>No se pudo iniciar la venta.</translation>
    </message>
    <message>
        <source>The sale did not start</source>
        <translation>La venta no se inició</translation>
    </message>
    <message>
        <source>{order}, {event} — started {when}.</source>
        <translation>{order}, {event} — iniciada {when}.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Payment window closed — the tickets were released</source>
        <translation>Ventana de pago cerrada — las entradas se liberaron</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <extracomment>On a kiosk the customer photographs the ticket&apos;s code from the screen: larger. The size of each ticket&apos;s code in the list (pixels).</extracomment>
        <translation>Reenviar por correo</translation>
    </message>
    <message>
        <source>Tickets of the sale</source>
        <translation>Entradas de la venta</translation>
    </message>
    <message>
        <source>Needs attention — please check this sale</source>
        <translation>Requiere atención — revise esta venta</translation>
    </message>
    <message>
        <source>Accept payment and issue tickets</source>
        <translation>Aceptar el pago y emitir las entradas</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Imprimir las entradas</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Paper to print on</source>
        <translation>Papel para imprimir</translation>
    </message>
    <message>
        <source>‹ Sales</source>
        <translation>‹ Ventas</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>Box Office could not start selling: {error}</source>
        <extracomment>The screen the window shows now (a `Screen`), after every navigation. The till could not open (the exception): not set up, or a service refused. Resume the journal&apos;s unfinished sales once open (not when taking over a runtime another window already resumed them with). Where a new sale starts: the events, or a kiosk&apos;s welcome screen. Where staff asked to be, the earlier sale they opened, and what the window shows. Whether the current sale ended while staff looked elsewhere (and not seen since). The window closed, or handed its till over: the flow does nothing more.</extracomment>
        <translation>Box Office no pudo empezar a vender: {error}</translation>
    </message>
    <message>
        <source>Earlier unfinished sales could not be checked: {error}</source>
        <translation>No se pudieron comprobar las ventas anteriores sin terminar: {error}</translation>
    </message>
    <message>
        <source>Resumed the sale that was being paid when Box Office stopped.</source>
        <translation>Se ha reanudado la venta que se estaba pagando cuando Box Office se detuvo.</translation>
    </message>
    <message>
        <source>Finish or cancel the current sale first.</source>
        <translation>Termine o cancele primero la venta en curso.</translation>
    </message>
    <message>
        <source>The sale you left is paid, tickets issued: {what}</source>
        <translation>La venta que dejó está pagada, entradas emitidas: {what}</translation>
    </message>
    <message>
        <source>The sale you left needs attention ({detail}): {what}</source>
        <translation>La venta que dejó requiere atención ({detail}): {what}</translation>
    </message>
    <message>
        <source>The sale you left has ended ({detail}): {what}</source>
        <translation>La venta que dejó ha terminado ({detail}): {what}</translation>
    </message>
    <message>
        <source>Sale in progress — {status}: {what}</source>
        <translation>Venta en curso — {status}: {what}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet. Check the settings, then try again.</source>
        <translation>Box Office aún no está conectado. Revise los ajustes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sale could not start: {error}</source>
        <translation>La venta no pudo empezar: {error}</translation>
    </message>
    <message>
        <source>The sale could not be cancelled: {error}</source>
        <translation>No se pudo cancelar la venta: {error}</translation>
    </message>
    <message>
        <source>The sale could not start.</source>
        <translation>La venta no pudo empezar.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
</context>
<context>
    <name>SaleNotices</name>
    <message>
        <source>An earlier sale needs attention{more} ({detail}): {summary}, sale {sale}.</source>
        <extracomment>Sales staff have been told need attention (each is told once). The sale (or, None, the recent sales) the notice banner&apos;s button leads to. A kiosk&apos;s: no news of other people&apos;s sales for the stranger at the screen.</extracomment>
        <translation>Una venta anterior requiere atención{more} ({detail}): {summary}, venta {sale}.</translation>
    </message>
    <message>
        <source> Check {references} by hand.</source>
        <translation> Compruebe {references} a mano.</translation>
    </message>
    <message>
        <source>Sale {sale}{more} could not be read from the journal ({problem}) and was set aside.{check} Every other sale goes on; boxoffice doctor lists them all.</source>
        <translation>La venta {sale}{more} no se pudo leer del diario ({problem}) y se apartó.{check} Todas las demás ventas siguen; boxoffice doctor las enumera todas.</translation>
    </message>
    <message>
        <source>An earlier sale was paid and its tickets issued — {summary}, sale {sale}.</source>
        <translation>Una venta anterior se pagó y se emitieron sus entradas — {summary}, venta {sale}.</translation>
    </message>
    <message>
        <source>An earlier sale needs attention ({detail}): {summary}, sale {sale}.</source>
        <translation>Una venta anterior requiere atención ({detail}): {summary}, venta {sale}.</translation>
    </message>
    <message>
        <source>Show sale</source>
        <translation>Mostrar la venta</translation>
    </message>
    <message>
        <source>Show recent sales</source>
        <translation>Mostrar las ventas recientes</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
</context>
<context>
    <name>SaleWords</name>
    <message>
        <source>The payment was accepted in BTCPay after the sale had stopped.</source>
        <extracomment>Statuses whose payment may still change: the invoice may be paid, confirmed or expire. Statuses that say the customer has paid in full (confirming, or settled). Statuses of an invoice that can no longer be paid as asked. Additional statuses that say some money reached the invoice. Additional statuses that say the whole amount arrived (§6.2).</extracomment>
        <translation>El pago se aceptó en BTCPay después de que la venta se detuviera.</translation>
    </message>
    <message>
        <source>Overpaid: {paid} was paid for {total}; the customer may ask for the difference back.</source>
        <extracomment>The invoice&apos;s status, additional status or paid amount differ from the snapshot&apos;s. Read the payment methods again (changed, a BOLT11 being renewed, none yet, new state).</extracomment>
        <translation>Pago de más: se pagó {paid} por {total}; el cliente puede pedir que se le devuelva la diferencia.</translation>
    </message>
    <message>
        <source>Marked as paid in BTCPay.</source>
        <translation>Marcada como pagada en BTCPay.</translation>
    </message>
    <message>
        <source>The customer paid before the cancel took effect.</source>
        <translation>El cliente pagó antes de que la cancelación surtiera efecto.</translation>
    </message>
    <message>
        <source>The invoice was paid after all, so the sale goes on.</source>
        <translation>Al final la factura se pagó, así que la venta continúa.</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid before the invoice expired; the tickets were released. Bill the rest with a new invoice, or refund what arrived.</source>
        <translation>Solo se pagó {paid} de {total} antes de que caducara la factura; las entradas se liberaron. Cobre el resto con una nueva factura, o reembolse lo que llegó.</translation>
    </message>
    <message>
        <source>{paid} of {total} arrived after the invoice expired. Accept it (mark the invoice settled in BTCPay) to issue the tickets, or refund the customer.</source>
        <translation>Llegó {paid} de {total} después de que caducara la factura. Acéptelo (marque la factura como liquidada en BTCPay) para emitir las entradas, o reembolse al cliente.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid after the sale was cancelled. Refund the customer, or mark the invoice settled in BTCPay to issue the tickets.</source>
        <translation>Se pagó {paid} de {total} después de cancelarse la venta. Reembolse al cliente o marque la factura como liquidada en BTCPay para emitir las entradas.</translation>
    </message>
    <message>
        <source>{paid} of {total} was paid but not confirmed in time; the invoice is invalid. Check the payment in BTCPay.</source>
        <translation>Se pagó {paid} de {total}, pero no se confirmó a tiempo; la factura no es válida. Revise el pago en BTCPay.</translation>
    </message>
    <message>
        <source>Paid, but {missing} of {seats} tickets are no longer available: Ticket Tailor would not hold them again ({detail}). Refund the customer, or sell them another way.</source>
        <translation>Pagado, pero {missing} de {seats} entradas ya no están disponibles: Ticket Tailor no quiso volver a reservarlas ({detail}). Reembolse al cliente o véndale las entradas de otra forma.</translation>
    </message>
    <message>
        <source>Paid, but the reserved tickets are no longer held in Ticket Tailor; {missing} of {seats} tickets were not issued.</source>
        <translation>Pagado, pero Ticket Tailor ya no mantiene la reserva de las entradas; no se emitieron {missing} de {seats} entradas.</translation>
    </message>
    <message>
        <source>Paid, but Ticket Tailor refused to issue {missing} of {seats} tickets: {detail}</source>
        <translation>Pagado, pero Ticket Tailor se negó a emitir {missing} de {seats} entradas: {detail}</translation>
    </message>
    <message>
        <source>The ticket ids could not be written to the invoice ({detail}).</source>
        <translation>No se pudieron anotar los ids de las entradas en la factura ({detail}).</translation>
    </message>
    <message>
        <source>The invoice could not be created: {error}</source>
        <extracomment>A failed write with this error may still have been carried out: look before giving up.</extracomment>
        <translation>No se pudo crear la factura: {error}</translation>
    </message>
    <message>
        <source>The tickets could not be reserved: {error}</source>
        <translation>No se pudieron reservar las entradas: {error}</translation>
    </message>
    <message>
        <source>{name}: sold out. Another sale took them meanwhile.</source>
        <translation>{name}: agotado. Otra venta se las llevó mientras tanto.</translation>
    </message>
    <message>
        <source>{name}: no longer on sale.</source>
        <translation>{name}: ya no está a la venta.</translation>
    </message>
    <message>
        <source>{name}: only {count} left. Another sale took them meanwhile.</source>
        <translation>{name}: solo quedan {count}. Otra venta se llevó el resto mientras tanto.</translation>
    </message>
    <message>
        <source>{name}: sold out.</source>
        <translation>{name}: agotado.</translation>
    </message>
    <message>
        <source>Ticket Tailor refused to reserve the tickets: {detail}</source>
        <translation>Ticket Tailor se negó a reservar las entradas: {detail}</translation>
    </message>
    <message>
        <source>The customer has just paid; the sale cannot be cancelled.</source>
        <extracomment>Cash and complimentary sales (no invoice, no BTCPay call).</extracomment>
        <translation>El cliente acaba de pagar; la venta ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Staff accepted the payment at the till after the sale had stopped.</source>
        <translation>El personal aceptó el pago en la caja después de que la venta se detuviera.</translation>
    </message>
    <message>
        <source>{error} — still trying; the sale is safe.</source>
        <translation>{error} — se sigue intentando; la venta está a salvo.</translation>
    </message>
</context>
<context>
    <name>SalesActions</name>
    <message>
        <source>The invoice&apos;s BTCPay page could not be opened: check the BTCPay address.</source>
        <extracomment>A kiosk opens no browser and no print dialog, even for staff: either stays open on the screen (a browser, a file system to browse) for the next customer.</extracomment>
        <translation>No se pudo abrir la página de BTCPay de la factura: revise la dirección de BTCPay.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Reenviando las entradas por correo a {address}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>No enviado: {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Entradas entregadas de nuevo a BTCPay para enviarlas por correo a {address}.</translation>
    </message>
    <message>
        <source>Tickets not e-mailed to {address}. {note}</source>
        <translation>Entradas no enviadas por correo a {address}. {note}</translation>
    </message>
    <message>
        <source>Box Office is not connected yet.</source>
        <translation>Box Office aún no está conectado.</translation>
    </message>
    <message>
        <source>Looking in BTCPay for other tills&apos; unfinished sales…</source>
        <translation>Buscando en BTCPay ventas sin terminar de otras cajas…</translation>
    </message>
    <message>
        <source>Other tills&apos; sales could not be looked up: {error}</source>
        <translation>No se pudieron consultar las ventas de otras cajas: {error}</translation>
    </message>
    <message>
        <source>No other till left a sale unfinished in BTCPay.</source>
        <translation>Ninguna otra caja dejó una venta sin terminar en BTCPay.</translation>
    </message>
    <message>
        <source>Finished {count} sale of {tills} here:</source>
        <translation>Se terminó aquí {count} venta de {tills}:</translation>
    </message>
    <message>
        <source>Finished {count} sales of {tills} here:</source>
        <translation>Se terminaron aquí {count} ventas de {tills}:</translation>
    </message>
    <message>
        <source>{count} completed, tickets issued</source>
        <translation>{count} completada(s), entradas emitidas</translation>
    </message>
    <message>
        <source>{count} released</source>
        <translation>{count} liberada(s)</translation>
    </message>
    <message>
        <source>{count} needs attention</source>
        <translation>{count} requiere atención</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} requieren atención</translation>
    </message>
    <message>
        <source>{count} sale was left to its till, which worked on it lately.</source>
        <translation>{count} venta se dejó a su caja, que trabajó en ella hace poco.</translation>
    </message>
    <message>
        <source>{count} sales were left to their tills, which worked on them lately.</source>
        <translation>{count} ventas se dejaron a sus cajas, que trabajaron en ellas hace poco.</translation>
    </message>
</context>
<context>
    <name>SalesFilter</name>
    <message>
        <source>All states</source>
        <extracomment>Not a state: the sales other tills left, finished here (`RecentSalesModel.foreign`). The state filters in the order offered, with their words (context &quot;SalesFilter&quot;).</extracomment>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Released/expired</source>
        <translation>Liberada/caducada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Other tills&apos; sales</source>
        <translation>Ventas de otras cajas</translation>
    </message>
</context>
<context>
    <name>SeeStaffScreen</name>
    <message>
        <source>Please see a member of staff</source>
        <extracomment>How long &quot;Payment received — confirming&quot; stays before the kiosk moves on (seconds).</extracomment>
        <translation>Diríjase a un miembro del personal</translation>
    </message>
    <message>
        <source>Something needs a person to finish your purchase. Nothing is lost.</source>
        <translation>Una persona debe terminar su compra. No se pierde nada.</translation>
    </message>
    <message>
        <source>Code for staff: %1</source>
        <translation>Código para el personal: %1</translation>
    </message>
</context>
<context>
    <name>SetUp</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>the {setting} ({variable})</source>
        <translation>«{setting}» ({variable})</translation>
    </message>
    <message>
        <source>Box Office is not set up yet: set {missing} in the settings dialog, or as environment variables.</source>
        <translation>Box Office aún no está configurado: defina {missing} en el diálogo de ajustes o como variables de entorno.</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({error}), so this till has no id yet; make the folder writable or set BOXOFFICE_DEVICE_ID.</source>
        <translation>No se pudieron guardar los ajustes en {path} ({error}), así que esta caja aún no tiene ID; permita escribir en la carpeta o defina BOXOFFICE_DEVICE_ID.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>{count} ticket change</source>
        <translation>{count} cambio de entrada</translation>
    </message>
    <message>
        <source>{count} ticket changes</source>
        <translation>{count} cambios de entradas</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Ticket Tailor address</source>
        <translation>Dirección de Ticket Tailor</translation>
    </message>
    <message>
        <source>Where the Ticket Tailor API is. Leave it as it is unless you use a test server.</source>
        <translation>Dónde está la API de Ticket Tailor. Déjela como está salvo que use un servidor de pruebas.</translation>
    </message>
    <message>
        <source>Events sold at this door</source>
        <translation>Eventos que se venden en esta taquilla</translation>
    </message>
    <message>
        <source>The Ticket Tailor events (ids starting with ev_) this till sells. Leave empty to sell every published event.</source>
        <translation>Los eventos de Ticket Tailor (ids que empiezan por ev_) que vende esta caja. Déjelo vacío para vender todos los eventos publicados.</translation>
    </message>
    <message>
        <source>Ticket changes at the door</source>
        <translation>Cambios de entradas en taquilla</translation>
    </message>
    <message>
        <source>For a ticket type: another name, a door price, another description, or hide it at this till. Ticket Tailor itself is not changed.</source>
        <translation>Para un tipo de entrada: otro nombre, un precio en taquilla, otra descripción, u ocultarlo en esta caja. Ticket Tailor no se modifica.</translation>
    </message>
    <message>
        <source>BTCPay Server address</source>
        <translation>Dirección del servidor BTCPay</translation>
    </message>
    <message>
        <source>The address of your BTCPay Server, for example https://btcpay.example.com.</source>
        <translation>La dirección de su servidor BTCPay, por ejemplo https://btcpay.example.com.</translation>
    </message>
    <message>
        <source>BTCPay store ID</source>
        <translation>ID de la tienda de BTCPay</translation>
    </message>
    <message>
        <source>In BTCPay: Store settings, General, Store ID.</source>
        <translation>En BTCPay: Store settings, General, Store ID.</translation>
    </message>
    <message>
        <source>Time to pay (minutes)</source>
        <translation>Tiempo para pagar (minutos)</translation>
    </message>
    <message>
        <source>How long an invoice can be paid, in whole minutes. The tickets stay reserved for this time.</source>
        <translation>Durante cuánto tiempo se puede pagar una factura, en minutos enteros. Las entradas quedan reservadas durante ese tiempo.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Métodos de pago</translation>
    </message>
    <message>
        <source>How buyers can pay. Lightning is instant; on-chain may wait for a confirmation.</source>
        <translation>Cómo pueden pagar los compradores. Lightning es instantáneo; on-chain puede tener que esperar una confirmación.</translation>
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
        <translation>Un pago on-chain cuenta como pagado</translation>
    </message>
    <message>
        <source>How many confirmations an on-chain payment needs before the tickets are issued. A payment that signals replace-by-fee, as many wallets do by default, needs one confirmation even at the fastest setting.</source>
        <translation>Cuántas confirmaciones necesita un pago on-chain antes de emitir las entradas. Un pago que señala replace-by-fee (RBF), como hacen muchos monederos por defecto, necesita una confirmación incluso con la opción más rápida.</translation>
    </message>
    <message>
        <source>As soon as seen (1 confirmation if it signals RBF)</source>
        <translation>En cuanto se detecte (1 confirmación si señala RBF)</translation>
    </message>
    <message>
        <source>After 1 confirmation</source>
        <translation>Tras 1 confirmación</translation>
    </message>
    <message>
        <source>After 2 confirmations</source>
        <translation>Tras 2 confirmaciones</translation>
    </message>
    <message>
        <source>After 6 confirmations</source>
        <translation>Tras 6 confirmaciones</translation>
    </message>
    <message>
        <source>Require the buyer&apos;s full name</source>
        <translation>Exigir el nombre completo del comprador</translation>
    </message>
    <message>
        <source>When off, the name may be left empty and the placeholder name is printed instead.</source>
        <translation>Si está desactivado, el nombre puede quedar vacío y en su lugar se imprime el nombre genérico.</translation>
    </message>
    <message>
        <source>Name on tickets when none is given</source>
        <translation>Nombre en las entradas si no se indica ninguno</translation>
    </message>
    <message>
        <source>Used when the buyer gives no name (or only a first name, as the surname).</source>
        <translation>Se usa cuando el comprador no da ningún nombre (o, como apellido, cuando solo da el nombre de pila).</translation>
    </message>
    <message>
        <source>Require an e-mail address</source>
        <translation>Exigir una dirección de correo</translation>
    </message>
    <message>
        <source>Turn off for walk-in sales where the tickets are printed or shown on screen; tickets can only be e-mailed when the buyer gives an address.</source>
        <translation>Desactívelo para ventas en taquilla en las que las entradas se imprimen o se muestran en pantalla; las entradas solo se pueden enviar por correo si el comprador da una dirección.</translation>
    </message>
    <message>
        <source>E-mail the tickets to the buyer</source>
        <translation>Enviar las entradas por correo al comprador</translation>
    </message>
    <message>
        <source>Sent through your BTCPay store&apos;s e-mail settings. Ticket Tailor does not e-mail tickets sold this way.</source>
        <translation>Se envían con los ajustes de correo de su tienda BTCPay. Ticket Tailor no envía por correo las entradas vendidas así.</translation>
    </message>
    <message>
        <source>Till ID</source>
        <translation>ID de la caja</translation>
    </message>
    <message>
        <source>Marks the invoices and tickets sold by this till. Made up once, then kept.</source>
        <translation>Identifica las facturas y entradas vendidas por esta caja. Se genera una vez y se conserva.</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>A name for this till, such as &apos;Front door&apos;, shown on its sales.</source>
        <translation>Un nombre para esta caja, como «Puerta principal», que aparece en sus ventas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window; a kiosk&apos;s customers may choose their own, and the next customer is welcomed in this one again.</source>
        <translation>El idioma de la ventana; en un quiosco, cada cliente puede elegir el suyo, y al siguiente se le vuelve a recibir en este.</translation>
    </message>
    <message>
        <source>As the system (English when not one of these)</source>
        <translation>Como el sistema (inglés si no es uno de estos)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>White and yellow on black, with a thick outline around the control in use, for buyers and staff who see less.</source>
        <translation>Blanco y amarillo sobre negro, con un contorno grueso alrededor del control en uso, para compradores y personal con baja visión.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>All text about a third larger.</source>
        <translation>Todo el texto, alrededor de un tercio más grande.</translation>
    </message>
    <message>
        <source>Start as a kiosk</source>
        <translation>Iniciar como quiosco</translation>
    </message>
    <message>
        <source>Full screen and locked, for buyers to serve themselves; only the staff PIN leaves it. Needs a staff PIN.</source>
        <translation>Pantalla completa y bloqueada, para que los compradores se atiendan solos; solo se sale con el PIN del personal. Necesita un PIN del personal.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Staff type it on the kiosk to reach the staff menu. Only a salted hash of it is kept.</source>
        <translation>El personal lo escribe en el quiosco para abrir el menú del personal. Solo se guarda un hash con sal.</translation>
    </message>
    <message>
        <source>Start again after no touch for (seconds)</source>
        <translation>Volver al inicio tras inactividad (segundos)</translation>
    </message>
    <message>
        <source>On a choosing screen, the kiosk asks “Are you still there?” after this long without a touch, then goes back to the start. Never while a payment is on.</source>
        <translation>En una pantalla de elección, el quiosco pregunta «¿Sigue ahí?» tras este tiempo sin que nadie toque la pantalla, y luego vuelve al inicio. Nunca durante un pago.</translation>
    </message>
    <message>
        <source>Show a finished sale for (seconds)</source>
        <translation>Mostrar una venta terminada durante (segundos)</translation>
    </message>
    <message>
        <source>How long the tickets stay on screen after a sale, unless the buyer taps Done: long enough to photograph the ticket QR or take the receipt.</source>
        <translation>Cuánto tiempo siguen las entradas en pantalla tras una venta, salvo que el comprador toque Listo: lo bastante para fotografiar el QR de la entrada o recoger el recibo.</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Texto de bienvenida</translation>
    </message>
    <message>
        <source>The organiser&apos;s words on the kiosk&apos;s start screen.</source>
        <translation>El texto del organizador en la pantalla de inicio del quiosco.</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>The path to an image file (PNG, JPEG or SVG) shown on the kiosk&apos;s start screen.</source>
        <translation>La ruta de un archivo de imagen (PNG, JPEG o SVG) que se muestra en la pantalla de inicio del quiosco.</translation>
    </message>
</context>
<context>
    <name>SettingCheck</name>
    <message>
        <source>must be true or false (or yes/no, 1/0)</source>
        <extracomment>A NUMBER that only takes whole numbers (kept as int).</extracomment>
        <translation>debe ser true o false (o yes/no, 1/0)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</source>
        <translation>debe ser un objeto JSON como {&quot;tt_1&quot;: {&quot;price&quot;: &quot;10.00&quot;}}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be a web address</source>
        <translation>debe ser una dirección web</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// (or http://)</source>
        <translation>debe ser una dirección web que empiece por https:// (o http://)</translation>
    </message>
    <message>
        <source>is not a valid web address; check the server name and port</source>
        <translation>no es una dirección web válida; revise el nombre del servidor y el puerto</translation>
    </message>
    <message>
        <source>needs a server name, like https://btcpay.example.com</source>
        <translation>necesita un nombre de servidor, como https://btcpay.example.com</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>must be a list of {choices}</source>
        <translation>debe ser una lista de {choices}</translation>
    </message>
    <message>
        <source>must only contain {choices} (found {item})</source>
        <translation>solo puede contener {choices} (se encontró {item})</translation>
    </message>
    <message>
        <source>needs at least one</source>
        <translation>necesita al menos uno</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a list of names (found {item})</source>
        <translation>debe ser una lista de nombres (se encontró {item})</translation>
    </message>
    <message>
        <source>must map ticket type ids to changes</source>
        <translation>debe asociar ids de tipos de entrada con cambios</translation>
    </message>
    <message>
        <source>has a ticket type id that is not text ({id})</source>
        <translation>tiene un id de tipo de entrada que no es texto ({id})</translation>
    </message>
    <message>
        <source>this ticket</source>
        <translation>esta entrada</translation>
    </message>
    <message>
        <source>for {ticket} must be an object with name, price, description, hidden</source>
        <translation>para {ticket} debe ser un objeto con name, price, description, hidden</translation>
    </message>
    <message>
        <source>for {ticket} has unknown fields: {fields}</source>
        <translation>para {ticket} tiene campos desconocidos: {fields}</translation>
    </message>
    <message>
        <source>for {ticket}: the {field} must be text</source>
        <translation>para {ticket}: {field} debe ser texto</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be written as text, e.g. &quot;12.50&quot;</source>
        <translation>para {ticket}: el precio debe escribirse como texto, p. ej. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>for {ticket}: the price {price} is not a number</source>
        <translation>para {ticket}: el precio {price} no es un número</translation>
    </message>
    <message>
        <source>for {ticket}: the price must be zero or more</source>
        <translation>para {ticket}: el precio debe ser cero o más</translation>
    </message>
    <message>
        <source>for {ticket}: hidden must be true or false</source>
        <translation>para {ticket}: hidden debe ser true o false</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters, digits, dashes or underscores, starting with a letter or digit</source>
        <translation>debe tener de 1 a 32 letras, dígitos, guiones o guiones bajos, y empezar por una letra o un dígito</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <source>Set by the environment variable {variable}; change it there.</source>
        <extracomment>The setting&apos;s label and help in the window&apos;s language.</extracomment>
        <translation>Definido por la variable de entorno {variable}; cámbiela allí.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>{setting} {problem}.</source>
        <extracomment>Keys a hand-edited file might use for an API key. They are never written back.</extracomment>
        <translation>«{setting}» {problem}.</translation>
    </message>
    <message>
        <source>{variable} is {value}, but {setting} takes whole numbers; {rounded} is used.</source>
        <translation>{variable} vale {value}, pero «{setting}» solo admite números enteros; se usa {rounded}.</translation>
    </message>
    <message>
        <source>{variable} is ignored: {setting} {problem}.</source>
        <translation>Se ignora {variable}: «{setting}» {problem}.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({error}); the defaults are used.</source>
        <translation>No se pudo leer el archivo de ajustes {path} ({error}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read, nor copied aside ({error}); the defaults are used.</source>
        <translation>El archivo de ajustes {file} está dañado y no se pudo leer ni guardar aparte una copia ({error}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {file} is damaged and could not be read; a copy was kept as {copy} and the defaults are used.</source>
        <translation>El archivo de ajustes {file} está dañado y no se pudo leer; se guardó una copia como {copy} y se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used.</source>
        <translation>El archivo de ajustes {file} lo escribió una versión más reciente de Box Office; se usa lo que esta versión reconoce de él.</translation>
    </message>
    <message>
        <source>The settings file {file} was written by a newer version of Box Office; what this version knows of it is used; the file as it was is kept as {copy}.</source>
        <translation>El archivo de ajustes {file} lo escribió una versión más reciente de Box Office; se usa lo que esta versión reconoce de él, y el archivo original se conserva como {copy}.</translation>
    </message>
    <message>
        <source>The settings file has “{key}”, which looks like a secret; API keys belong in the keyring (settings dialog) or in an environment variable, so it is ignored and removed on the next save.</source>
        <translation>El archivo de ajustes contiene «{key}», que parece un secreto; las claves de API van en el llavero (diálogo de ajustes) o en una variable de entorno, así que se ignora y se elimina la próxima vez que se guarde.</translation>
    </message>
    <message>
        <source>The settings file has an unknown setting “{key}”; it is kept but not used.</source>
        <translation>El archivo de ajustes contiene un ajuste desconocido, «{key}»; se conserva, pero no se usa.</translation>
    </message>
    <message>
        <source>In {file}, {setting} was {value}, but it takes whole numbers now; {rounded} is used (and saved on the next save).</source>
        <translation>En {file}, «{setting}» valía {value}, pero ahora solo admite números enteros; se usa {rounded} (y se guardará la próxima vez que se guarde).</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead.</source>
        <translation>En {file}, «{setting}» {problem}; en su lugar se usa el valor predeterminado ({default}).</translation>
    </message>
    <message>
        <source>In {file}, {setting} {problem}; the default ({default}) is used instead; the file as it was is kept as {copy}.</source>
        <translation>En {file}, «{setting}» {problem}; en su lugar se usa el valor predeterminado ({default}), y el archivo original se conserva como {copy}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Box Office settings</source>
        <translation>Ajustes de Box Office</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>How this till is told apart from others selling the same events.</source>
        <translation>Cómo se distingue esta caja de otras que venden los mismos eventos.</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>The environment variable {variable} decides this; changes here are saved but not used while it is set.</source>
        <translation>La variable de entorno {variable} lo decide; los cambios aquí se guardan pero no se usan mientras esté definida.</translation>
    </message>
    <message>
        <source>Not saved: see the staff PIN on the Kiosk tab.</source>
        <translation>No guardado: revise el PIN del personal en la pestaña Quiosco.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>No guardado: {error}</translation>
    </message>
    <message>
        <source>The settings could not be written to {path}: {error}</source>
        <translation>No se pudieron escribir los ajustes en {path}: {error}</translation>
    </message>
</context>
<context>
    <name>SettleSale</name>
    <message>
        <source>issue the tickets anyway</source>
        <extracomment>How each decision is named where it is shown afterwards.</extracomment>
        <translation>emitir las entradas de todos modos</translation>
    </message>
    <message>
        <source>retry the issuance</source>
        <translation>reintentar la emisión</translation>
    </message>
    <message>
        <source>new invoice for the rest</source>
        <translation>nueva factura por el resto</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>Refund the difference…</source>
        <extracomment>Whether staff are looking (never on a kiosk&apos;s customer screen). The sale being settled in the background, if any.</extracomment>
        <translation>Reembolsar la diferencia…</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <extracomment>&quot;New invoice for the rest&quot; (`new_invoice`); its `start` is set by the window.</extracomment>
        <translation>Emitiendo…</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Reintentar la emisión de las entradas</translation>
    </message>
    <message>
        <source>The customer paid more than the price; the difference can go back.</source>
        <translation>El cliente pagó más que el precio; la diferencia se le puede devolver.</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>Mostrar el QR del reembolso</translation>
    </message>
    <message>
        <source>Decided by {staff} at {time}: {action} — {reason}</source>
        <translation>Decidido por {staff} a las {time}: {action} — {reason}</translation>
    </message>
    <message>
        <source>Continued in sale {sale}, which bills the rest.</source>
        <translation>Continuada en la venta {sale}, que cobra el resto.</translation>
    </message>
    <message>
        <source>Give your name and the reason first; both are recorded.</source>
        <translation>Indique primero su nombre y el motivo; ambos quedan registrados.</translation>
    </message>
    <message>
        <source>Counting the tickets already issued, then issuing the rest…</source>
        <translation>Contando las entradas ya emitidas y emitiendo luego el resto…</translation>
    </message>
    <message>
        <source>Not issued: {error}</source>
        <translation>No emitidas: {error}</translation>
    </message>
    <message>
        <source>Refund of {amount} created (pull payment {pull}).</source>
        <translation>Reembolso de {amount} creado (pull payment {pull}).</translation>
    </message>
    <message>
        <source>The customer&apos;s claim waits for approval in BTCPay (Payouts).</source>
        <translation>El cobro del cliente espera aprobación en BTCPay (Payouts).</translation>
    </message>
    <message>
        <source>The customer claims it with the refund QR.</source>
        <translation>El cliente lo reclama con el QR del reembolso.</translation>
    </message>
    <message>
        <source>The refund may have been created; check BTCPay.</source>
        <translation>Puede que el reembolso se haya creado; revise BTCPay.</translation>
    </message>
    <message>
        <source>A refund was asked of BTCPay; waiting for its answer.</source>
        <translation>Se pidió un reembolso a BTCPay; esperando su respuesta.</translation>
    </message>
</context>
<context>
    <name>SettleWidgets</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, recorded with the decision</source>
        <translation>Su nombre, registrado con la decisión</translation>
    </message>
    <message>
        <source>Why (e.g. the customer is here and paid in full)</source>
        <translation>Por qué (p. ej., el cliente está aquí y pagó todo)</translation>
    </message>
    <message>
        <source>Reason, recorded with the decision</source>
        <translation>Motivo, registrado con la decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>because</source>
        <translation>porque</translation>
    </message>
    <message>
        <source>Retry issuing the tickets</source>
        <translation>Reintentar la emisión de las entradas</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>New invoice for the rest</source>
        <translation>Nueva factura por el resto</translation>
    </message>
    <message>
        <source>Show the refund QR</source>
        <translation>Mostrar el QR del reembolso</translation>
    </message>
</context>
<context>
    <name>ShiftReportCheck</name>
    <message>
        <source>{count} invoice</source>
        <translation>{count} factura</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} facturas</translation>
    </message>
    <message>
        <source>{lightning} by Lightning, {onchain} on-chain</source>
        <translation>{lightning} por Lightning, {onchain} on-chain</translation>
    </message>
    <message>
        <source>BTCPay agrees to the satoshi: {invoices}, {bitcoin}.</source>
        <translation>BTCPay coincide hasta el último satoshi: {invoices}, {bitcoin}.</translation>
    </message>
    <message>
        <source>{count} difference</source>
        <translation>{count} diferencia</translation>
    </message>
    <message>
        <source>{count} differences</source>
        <translation>{count} diferencias</translation>
    </message>
    <message>
        <source>BTCPay does not agree: {found} ({invoices}, {bitcoin}).</source>
        <translation>BTCPay no coincide: {found} ({invoices}, {bitcoin}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no sale</source>
        <translation>ninguna venta</translation>
    </message>
    <message>
        <source>no invoice</source>
        <translation>ninguna factura</translation>
    </message>
    <message>
        <source>Invoice {invoice} ({amount}): BTCPay has it for this till, the journal has no sale for it.</source>
        <translation>Factura {invoice} ({amount}): BTCPay la tiene para esta caja, el diario no tiene ninguna venta para ella.</translation>
    </message>
    <message>
        <source>Sale {sale}: the journal names invoice {invoice}, BTCPay does not list it.</source>
        <translation>Venta {sale}: el diario indica la factura {invoice}, BTCPay no la muestra.</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {note}</source>
        <translation>Venta {sale}, factura {invoice}: {note}</translation>
    </message>
    <message>
        <source>bitcoin received</source>
        <translation>bitcoin recibido</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Sale {sale}, invoice {invoice}: {what} {journal} in the journal, {btcpay} in BTCPay (difference {difference}).</source>
        <translation>Venta {sale}, factura {invoice}: {what} {journal} en el diario, {btcpay} en BTCPay (diferencia {difference}).</translation>
    </message>
</context>
<context>
    <name>ShiftReportController</name>
    <message>
        <source>The report is shown once the till is open.</source>
        <extracomment>Complimentary sales listed on the page under the table (all of them on paper). The report shown, the latest closing of this till, and the BTCPay check of it. Each sale&apos;s last known state: a new sale or a new outcome reads the report again while the page shows (a snapshot that changes nothing the report counts does not).</extracomment>
        <translation>El informe se muestra en cuanto la caja está abierta.</translation>
    </message>
    <message>
        <source>The end of the period is not after its start.</source>
        <translation>El final del periodo no es posterior a su inicio.</translation>
    </message>
    <message>
        <source>Not counted: {count} damaged records of the journal.</source>
        <translation>No contabilizados: {count} registros dañados del diario.</translation>
    </message>
    <message>
        <source>{count} sales of other tills in the journal are not in this report.</source>
        <translation>{count} ventas de otras cajas del diario no figuran en este informe.</translation>
    </message>
    <message>
        <source>Complimentary tickets:</source>
        <translation>Entradas de cortesía:</translation>
    </message>
    <message>
        <source>… and {count} more: Save PDF or Print lists them all.</source>
        <translation>… y {count} más: «Guardar PDF» o «Imprimir» los enumera todos.</translation>
    </message>
    <message>
        <source>Asking BTCPay for this till&apos;s invoices…</source>
        <translation>Pidiendo a BTCPay las facturas de esta caja…</translation>
    </message>
    <message>
        <source>BTCPay could not be asked: {error}</source>
        <translation>No se pudo consultar a BTCPay: {error}</translation>
    </message>
    <message>
        <source>This till has made no sales yet, so it has no shift to close.</source>
        <translation>Esta caja aún no ha hecho ventas, así que no tiene ningún turno que cerrar.</translation>
    </message>
    <message>
        <source>The shift was not closed: {error}</source>
        <translation>El turno no se cerró: {error}</translation>
    </message>
    <message>
        <source>Shift closed at {time}. A new period starts now.</source>
        <translation>Turno cerrado el {time}. Ahora empieza un nuevo periodo.</translation>
    </message>
</context>
<context>
    <name>ShiftReportView</name>
    <message>
        <source>End of shift</source>
        <extracomment>The range choices&apos; data. The first column&apos;s data role: &quot;event&quot;, &quot;type&quot; or &quot;total&quot;.</extracomment>
        <translation>Fin de turno</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Cifras del informe</translation>
    </message>
    <message>
        <source>Differences with BTCPay</source>
        <translation>Diferencias con BTCPay</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Since the last closing</source>
        <translation>Desde el último cierre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Desde … hasta …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check with BTCPay</source>
        <translation>Comprobar con BTCPay</translation>
    </message>
    <message>
        <source>Close the shift now? Its totals are recorded with your name, and the report starts again from zero.</source>
        <translation>¿Cerrar el turno ahora? Sus totales se registran con su nombre y el informe vuelve a empezar desde cero.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Who closes the shift</source>
        <translation>Quién cierra el turno</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar el turno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Cerrar el turno…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Event / ticket type</source>
        <translation>Evento / tipo de entrada</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>This sale is being finished by another Box Office window or command on this till. Look at it again in a moment.</source>
        <translation>Otra ventana o comando de Box Office de esta caja está terminando esta venta. Vuelva a mirarla dentro de un momento.</translation>
    </message>
    <message>
        <source>A refund of this sale&apos;s payment was asked for in BTCPay, so the payment cannot be accepted any more.</source>
        <translation>Se pidió en BTCPay el reembolso del pago de esta venta, así que el pago ya no puede aceptarse.</translation>
    </message>
    <message>
        <source>This sale&apos;s payment is not in question: there is nothing to accept. Follow the advice on the screen.</source>
        <translation>El pago de esta venta no está en duda: no hay nada que aceptar. Siga las indicaciones de la pantalla.</translation>
    </message>
    <message>
        <source>BTCPay no longer has invoice {invoice} in this store, so its payment cannot be accepted from the till. Look the payment up in BTCPay.</source>
        <translation>BTCPay ya no tiene la factura {invoice} en esta tienda, así que su pago no se puede aceptar desde la caja. Busque el pago en BTCPay.</translation>
    </message>
    <message>
        <source>Only {paid} of {total} was paid. A partial payment cannot be accepted: refund it from BTCPay, or start a new sale.</source>
        <translation>Solo se pagó {paid} de {total}. Un pago parcial no se puede aceptar: reembólselo desde BTCPay o inicie una nueva venta.</translation>
    </message>
    <message>
        <source>BTCPay shows no payment of {total} on this invoice, so there is nothing to accept.</source>
        <translation>BTCPay no muestra ningún pago de {total} en esta factura, así que no hay nada que aceptar.</translation>
    </message>
    <message>
        <source>BTCPay does not let this invoice ({status}) be marked settled now.</source>
        <translation>BTCPay no permite marcar ahora esta factura ({status}) como liquidada.</translation>
    </message>
    <message>
        <source>BTCPay refused to mark the invoice settled: {detail}</source>
        <translation>BTCPay se negó a marcar la factura como liquidada: {detail}</translation>
    </message>
    <message>
        <source>BTCPay left the invoice {status}, not settled.</source>
        <translation>BTCPay dejó la factura en estado {status}, sin liquidar.</translation>
    </message>
    <message>
        <source>Only a completed sale&apos;s tickets can be e-mailed again.</source>
        <translation>Solo se pueden reenviar por correo las entradas de una venta completada.</translation>
    </message>
    <message>
        <source>The tickets are still being handed to BTCPay for e-mail; wait a moment.</source>
        <translation>Las entradas todavía se están entregando a BTCPay para enviarlas por correo; espere un momento.</translation>
    </message>
    <message>
        <source>This sale is complete: its tickets were issued already.</source>
        <extracomment>Statuses from which BTCPay lets an invoice be marked Settled (§5.5), for servers that do not send `availableStatusesForManualMarking`.</extracomment>
        <translation>Esta venta está completada: sus entradas ya se emitieron.</translation>
    </message>
    <message>
        <source>This sale is still going on; wait until it ends.</source>
        <translation>Esta venta sigue en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>The tickets of this sale are being released; wait a moment.</source>
        <translation>Se están liberando las entradas de esta venta; espere un momento.</translation>
    </message>
    <message>
        <source>Nothing was paid for this sale, so there is nothing to accept.</source>
        <translation>No se pagó nada por esta venta, así que no hay nada que aceptar.</translation>
    </message>
</context>
<context>
    <name>StaffBar</name>
    <message>
        <source>Staff mode — closes after {seconds} s without a touch</source>
        <extracomment>The touch minimum for the bar&apos;s buttons (about 9 mm).</extracomment>
        <translation>Modo personal — se cierra tras {seconds} s sin tocar</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Finish — back to customers</source>
        <translation>Terminar — volver a los clientes</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff mode — closes after {} s without a touch</source>
        <extracomment>Seconds without a touch after which the menu closes by itself. Staff chose to settle the sale on screen that needs attention (`set_attention`). Fires after `idle_seconds` without a touch; a test may fire it with `timeout.emit()`.</extracomment>
        <translation>Modo personal — se cierra tras {} s sin tocar</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>End-of-shift report</source>
        <translation>Informe de fin de turno</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Settle sale {code} (needs attention)</source>
        <translation>Resolver la venta {code} (requiere atención)</translation>
    </message>
    <message>
        <source>Out of order: on — tap to sell again</source>
        <translation>Fuera de servicio: sí — toque para volver a vender</translation>
    </message>
    <message>
        <source>Out of order: off — tap to stop selling</source>
        <translation>Fuera de servicio: no — toque para dejar de vender</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>The screens a customer chooses on: idle time counts there, and only there. Events that say a person is at the kiosk. Seconds left before the reset: the &quot;still there?&quot; question is up. A touch answered the question: the customer is still there. Nobody answered: reset the kiosk.</extracomment>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Starting again in 1 second</source>
        <translation>Empezamos de nuevo en 1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>Empezamos de nuevo en %n segundo</numerusform>
            <numerusform>Empezamos de nuevo en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketChanges</name>
    <message>
        <source>Load the events (Events tab) to change tickets.</source>
        <extracomment>The changes by ticket type id, as edited so far. A sentence per door price that is not a valid amount, from the last `commit()`.</extracomment>
        <translation>Cargue los eventos (pestaña Eventos) para cambiar entradas.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
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
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <source>Name at the door</source>
        <translation>Nombre en taquilla</translation>
    </message>
    <message>
        <source>Door price</source>
        <translation>Precio en taquilla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hide here</source>
        <translation>Ocultar aquí</translation>
    </message>
    <message>
        <source>Change a ticket type at this till only: another name, a door price (leave empty for the Ticket Tailor price plus booking fee), another description, or hide it here. Ticket Tailor itself is not changed.</source>
        <translation>Cambie un tipo de entrada solo en esta caja: otro nombre, un precio en taquilla (déjelo vacío para el precio de Ticket Tailor más la comisión de reserva), otra descripción, u ocúltelo aquí. Ticket Tailor no se modifica.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Ticket changes</source>
        <translation>Cambios de entradas</translation>
    </message>
</context>
<context>
    <name>TicketEmail</name>
    <message>
        <source>Your tickets for {event}</source>
        <extracomment>The subject of the ticket e-mail to the customer (the messages after it are its body).</extracomment>
        <translation>Sus entradas para {event}</translation>
    </message>
    <message>
        <source>Hello {name},</source>
        <translation>Hola, {name}:</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here is your ticket for {event}.</source>
        <translation>Gracias por su compra. Aquí tiene su entrada para {event}.</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Here are your tickets for {event}.</source>
        <translation>Gracias por su compra. Aquí tiene sus entradas para {event}.</translation>
    </message>
    <message>
        <source>Event: {event}</source>
        <translation>Evento: {event}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Lugar: {venue}</translation>
    </message>
    <message>
        <source>Ticket {number}: {ticket_type} – barcode {barcode}</source>
        <translation>Entrada {number}: {ticket_type} – código de barras {barcode}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Show the barcode</source>
        <translation>Ver el código de barras</translation>
    </message>
    <message>
        <source>Show the barcode at the door, on your phone or printed.</source>
        <translation>Presente el código de barras en el acceso, en su teléfono o impreso.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referencia: {reference}</translation>
    </message>
</context>
<context>
    <name>TicketOutput</name>
    <message>
        <source>Sending…</source>
        <extracomment>The sale engine (e-mailing again); None until the till is open. Whether &quot;E-mail again&quot; is offered: not on a kiosk. The sale whose tickets are being e-mailed again. The open print or file dialog and what it needs, kept alive until it closes. Where &quot;Save as PDF&quot; starts: the folder last saved to in this run, else this.</extracomment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>E-mail tickets</source>
        <translation>Enviar las entradas</translation>
    </message>
    <message>
        <source>E-mail again</source>
        <translation>Reenviar por correo</translation>
    </message>
    <message>
        <source>No e-mail address was given for this sale.</source>
        <translation>No se indicó ningún correo para esta venta.</translation>
    </message>
    <message>
        <source>Ticket e-mails are turned off in Settings, or the BTCPay key may not send them.</source>
        <translation>Los correos de entradas están desactivados en los Ajustes, o la clave de BTCPay no puede enviarlos.</translation>
    </message>
    <message>
        <source>Send the tickets to {address} again.</source>
        <translation>Enviar de nuevo las entradas a {address}.</translation>
    </message>
    <message>
        <source>E-mailing the tickets to {address} again…</source>
        <translation>Reenviando las entradas por correo a {address}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>No enviado: {error}</translation>
    </message>
    <message>
        <source>Tickets handed to BTCPay again for e-mail to {address}.</source>
        <translation>Entradas entregadas de nuevo a BTCPay para enviarlas por correo a {address}.</translation>
    </message>
    <message>
        <source>Tickets {sale}</source>
        <translation>Entradas {sale}</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Imprimir las entradas</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>Error al imprimir: {error}</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Enviado a {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Guardar las entradas como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {error}</source>
        <translation>No se pudo guardar el PDF: {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <source>Quantity of {name}</source>
        <translation>Cantidad de {name}</translation>
    </message>
    <message>
        <source>Fewer of {name}</source>
        <translation>Menos {name}</translation>
    </message>
    <message>
        <source>More of {name}</source>
        <translation>Más {name}</translation>
    </message>
    <message>
        <source>Unlocked with an access code</source>
        <translation>Desbloqueada con un código de acceso</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Only {count} left</source>
        <translation>Solo quedan {count}</translation>
    </message>
    <message>
        <source>At least {count} per order</source>
        <translation>Al menos {count} por pedido</translation>
    </message>
</context>
<context>
    <name>TicketsController</name>
    <message>
        <source>Required</source>
        <extracomment>Staff only: (Order, OfflineIntent), paid in cash or complimentary (`offline_checkout`). A code scanned before an event was open, applied when one opens.</extracomment>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Required, for the tickets</source>
        <translation>Obligatorio, para las entradas</translation>
    </message>
    <message>
        <source>This event is no longer on sale at this till.</source>
        <translation>Este evento ya no está a la venta en esta caja.</translation>
    </message>
    <message>
        <source>Reserving tickets…</source>
        <translation>Reservando las entradas…</translation>
    </message>
    <message>
        <source>Type or scan a code first.</source>
        <translation>Escriba o escanee primero un código.</translation>
    </message>
    <message>
        <source>The code “{code}” unlocks nothing for this event.</source>
        <translation>El código «{code}» no desbloquea nada para este evento.</translation>
    </message>
    <message>
        <source>Unlocked: {names}</source>
        <translation>Desbloqueado: {names}</translation>
    </message>
    <message>
        <source>Already unlocked: {names}</source>
        <translation>Ya desbloqueado: {names}</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Elegir entradas</translation>
    </message>
    <message>
        <source>Issue free tickets</source>
        <translation>Emitir entradas gratuitas</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Pagar {amount}</translation>
    </message>
    <message>
        <source>Needed: the buyer&apos;s full name</source>
        <translation>Necesario: el nombre completo del comprador</translation>
    </message>
    <message>
        <source>Tickets will say “{name}”</source>
        <translation>Las entradas dirán «{name}»</translation>
    </message>
    <message>
        <source>One name: a surname is added</source>
        <translation>Un solo nombre: se añade un apellido</translation>
    </message>
    <message>
        <source>Needed: the tickets are e-mailed</source>
        <translation>Necesario: las entradas se envían por correo</translation>
    </message>
    <message>
        <source>No e-mail: print or show the tickets</source>
        <translation>Sin correo: imprima o muestre las entradas</translation>
    </message>
    <message>
        <source>✓ Looks good</source>
        <translation>✓ Correcto</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>‹ Events</source>
        <extracomment>A kiosk&apos;s: big steppers for the quantities and a keyboard on the screen.</extracomment>
        <translation>‹ Eventos</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Code or scanned link</source>
        <translation>Código o enlace</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Buyer&apos;s full name</source>
        <translation>Nombre completo del comprador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail address</source>
        <translation>Correo del comprador</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Choose tickets</source>
        <translation>Elegir entradas</translation>
    </message>
</context>
</TS>
