<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityExportJob</name>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>No se puede leer el registro de actividad: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>(aplicación)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>All SDRs</source>
        <translation>Todos los SDR</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>Exportar registro de actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the entries shown (with the current filters) as a CSV file</source>
        <translation>Guardar las entradas mostradas (con los filtros actuales) como archivo CSV</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AddSdrDialog</name>
    <message>
        <source>Add SDR</source>
        <translation>Añadir SDR</translation>
    </message>
    <message>
        <source>e.g. sdr_john</source>
        <translation>p. ej., sdr_juan</translation>
    </message>
    <message>
        <source>e.g. John Smith</source>
        <translation>p. ej., Juan Pérez</translation>
    </message>
    <message>
        <source>optional, e.g. +15551234567</source>
        <translation>opcional, p. ej., +15551234567</translation>
    </message>
    <message>
        <source>The number this SDR&apos;s WhatsApp should be linked to. When set, a session linked to another number is flagged and does not send.</source>
        <translation>El número al que debe estar vinculado el WhatsApp de este SDR. Si se indica, una sesión vinculada a otro número se marca y no envía mensajes.</translation>
    </message>
    <message>
        <source>SDR id:</source>
        <translation>Id de SDR:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>Número de WhatsApp:</translation>
    </message>
    <message>
        <source>The SDR id must be 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>El id de SDR debe tener de 1 a 64 caracteres, entre letras, dígitos, &apos;_&apos;, &apos;-&apos; o &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already an SDR with the id &quot;%1&quot;.</source>
        <translation>Ya existe un SDR con el id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the SDR&apos;s name.</source>
        <translation>Introduzca el nombre del SDR.</translation>
    </message>
    <message>
        <source>The WhatsApp number is not valid: %1</source>
        <translation>El número de WhatsApp no es válido: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>WhatsApp was disconnected and this SDR&apos;s session data was wiped.</source>
        <translation>WhatsApp se desconectó y se borraron los datos de sesión de este SDR.</translation>
    </message>
    <message>
        <source>Disconnecting WhatsApp did not finish cleanly; see the log.</source>
        <translation>La desconexión de WhatsApp no terminó correctamente; consulte el registro.</translation>
    </message>
    <message>
        <source>The CRM needs a valid token: open Settings and sign in. %1</source>
        <translation>El CRM necesita un token válido: abra la Configuración e inicie sesión. %1</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Simulate the SDR&apos;s phone scanning the QR code</source>
        <translation>Simular que el teléfono del SDR escanea el código QR</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open an SDR whose session shows a QR code first.</source>
        <translation>Primero abra un SDR cuya sesión muestre un código QR.</translation>
    </message>
    <message>
        <source>The CRM server setting was changed. Restart SDR Sender to use it.</source>
        <translation>Se cambió el servidor del CRM. Reinicia SDR Sender para usarlo.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Hace falta reiniciar</translation>
    </message>
    <message>
        <source>WhatsApp did not confirm the logout. Remove this device on the SDR&apos;s phone: WhatsApp &gt; Settings &gt; Linked devices.</source>
        <translation>WhatsApp no confirmó el cierre de sesión. Quita este dispositivo en el teléfono del SDR: WhatsApp &gt; Ajustes &gt; Dispositivos vinculados.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SDR Sender sends CRM leads through each SDR&apos;s own WhatsApp Web session.

Environment: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (the CRM token when the keychain has none), SDR_SENDER_WHATSAPP_URL.</source>
        <translation>SDR Sender envía los leads del CRM a través de la sesión de WhatsApp Web de cada SDR.

Entorno: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (el token del CRM cuando el llavero no tiene ninguno), SDR_SENDER_WHATSAPP_URL.</translation>
    </message>
    <message>
        <source>Keep the database, lock and WhatsApp profiles in &lt;dir&gt; (default: $SDR_SENDER_DATA_DIR, else %1).</source>
        <translation>Guardar la base de datos, el bloqueo y los perfiles de WhatsApp en &lt;dir&gt; (predeterminado: $SDR_SENDER_DATA_DIR, si no %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The CRM&apos;s base URL (http or https), e.g. https://crm.example.com. Overrides $SDR_SENDER_SERVER and the stored setting.</source>
        <translation>La URL base del CRM (http o https), por ejemplo https://crm.example.com. Tiene prioridad sobre $SDR_SENDER_SERVER y la configuración guardada.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The WhatsApp Web address (default https://web.whatsapp.com/).</source>
        <translation>La dirección de WhatsApp Web (predeterminada https://web.whatsapp.com/).</translation>
    </message>
    <message>
        <source>Print every SDR&apos;s connection status and queue figures, then exit.</source>
        <translation>Mostrar el estado de conexión y las cifras de la cola de cada SDR y salir.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>El directorio de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--server: &quot;%1&quot; no es una URL http(s) con nombre de host.</translation>
    </message>
    <message>
        <source>--whatsapp-url: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--whatsapp-url: &quot;%1&quot; no es una URL http(s) con nombre de host.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL with a host name.</source>
        <translation>%1: &quot;%2&quot; no es una URL http(s) con nombre de host.</translation>
    </message>
    <message>
        <source>-%1 is a window option; --status opens no window.</source>
        <translation>-%1 es una opción de ventana; --status no abre ninguna ventana.</translation>
    </message>
    <message>
        <source>Run against a built-in fake CRM and fake WhatsApp Web (nothing is really sent), in a throwaway data directory unless --data-dir is given.</source>
        <translation>Ejecutar con un CRM y un WhatsApp Web simulados integrados (no se envía nada de verdad), en un directorio de datos temporal salvo que se indique --data-dir.</translation>
    </message>
    <message>
        <source>Load WhatsApp Web and check it against every selector SDR Sender uses (with --sdr: in that SDR&apos;s profile, opening their own chat without sending), print the result and exit; exit code 0 only when everything sending needs was found.</source>
        <translation>Carga WhatsApp Web y lo comprueba con cada selector que usa SDR Sender (con --sdr: en el perfil de ese SDR, abriendo su propio chat sin enviar), imprime el resultado y sale; código de salida 0 solo si se encontró todo lo que hace falta para enviar.</translation>
    </message>
    <message>
        <source>With --doctor: use this SDR&apos;s WhatsApp profile (the app must be closed).</source>
        <translation>Con --doctor: usa el perfil de WhatsApp de este SDR (la aplicación debe estar cerrada).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>With --status or --doctor: print JSON instead of a table.</source>
        <translation>Con --status o --doctor: imprime JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>--sdr only goes with --doctor.</source>
        <translation>--sdr solo va con --doctor.</translation>
    </message>
    <message>
        <source>--sdr needs an SDR id.</source>
        <translation>--sdr necesita un id de SDR.</translation>
    </message>
    <message>
        <source>--json only goes with --status or --doctor.</source>
        <translation>--json solo va con --status o --doctor.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --status or --doctor.</source>
        <translation>--demo no se puede combinar con --status ni con --doctor.</translation>
    </message>
    <message>
        <source>--status and --doctor are separate commands.</source>
        <translation>--status y --doctor son comandos distintos.</translation>
    </message>
</context>
<context>
    <name>ConnectionTracker</name>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
</context>
<context>
    <name>ContactPolicy</name>
    <message>
        <source>the phone asked not to be contacted again (suppression list)</source>
        <translation>el teléfono pidió no ser contactado de nuevo (lista de exclusión)</translation>
    </message>
    <message>
        <source>the phone is on the suppression list</source>
        <translation>el teléfono está en la lista de exclusión</translation>
    </message>
    <message>
        <source>%1 contacted this phone on %2 (lead %3)</source>
        <translation>%1 contactó con este teléfono el %2 (lead %3)</translation>
    </message>
    <message>
        <source>%1 of %2 messages of the last %3 days are unanswered</source>
        <translation>%1 de %2 mensajes de los últimos %3 días no tienen respuesta</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The token is empty; nothing was saved.</source>
        <translation>El token está vacío; no se guardó nada.</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being saved.</source>
        <translation>El servidor del CRM cambió mientras se guardaba el token.</translation>
    </message>
    <message>
        <source>No keychain service (%1); the token was not saved. Set %2 in the environment instead.</source>
        <translation>No hay servicio de llavero (%1); el token no se guardó. Defina %2 en el entorno.</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>El llavero no guardó el token: %1</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being removed.</source>
        <translation>El servidor del CRM cambió mientras se eliminaba el token.</translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation>El llavero no eliminó el token: %1</translation>
    </message>
    <message>
        <source>Token from the keychain.</source>
        <translation>Token del llavero.</translation>
    </message>
    <message>
        <source>No keychain service; using %1 from the environment.</source>
        <translation>No hay servicio de llavero; se usa %1 del entorno.</translation>
    </message>
    <message>
        <source>No token in the keychain; using %1 from the environment.</source>
        <translation>No hay token en el llavero; se usa %1 del entorno.</translation>
    </message>
    <message>
        <source>No keychain service and no %1 in the environment: no token.</source>
        <translation>No hay servicio de llavero ni %1 en el entorno: sin token.</translation>
    </message>
    <message>
        <source>The token has not been read yet.</source>
        <translation>El token aún no se ha leído.</translation>
    </message>
    <message>
        <source>No token: save one in the keychain or set %1.</source>
        <translation>Sin token: guarde uno en el llavero o defina %1.</translation>
    </message>
</context>
<context>
    <name>CsvLeadImporter</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como &quot;CSV UTF-8&quot; e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header must name the columns name, phone, message and assigned_sdr_id; missing: %1.</source>
        <translation>El encabezado debe nombrar las columnas name, phone, message y assigned_sdr_id; faltan: %1.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>assigned_sdr_id is empty.</source>
        <translation>assigned_sdr_id está vacío.</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;. Add the SDR first.</source>
        <translation>No existe el SDR &quot;%1&quot;. Añada primero el SDR.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Teléfono &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not usable: at most %2 characters, no spaces or control characters.</source>
        <translation>El id &quot;%1&quot; no se puede usar: como máximo %2 caracteres, sin espacios ni caracteres de control.</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Fallidos hoy</translation>
    </message>
    <message>
        <source>Next send</source>
        <translation>Próximo envío</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dormida</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hibernated: no renderer process, no memory or CPU of its own.</source>
        <translation>Sesión hibernada: sin proceso de renderizado, sin memoria ni CPU propias.</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (PSS: shared pages counted in proportion).</source>
        <translation>Memoria del proceso de renderizado de esta sesión (PSS: las páginas compartidas se cuentan de forma proporcional).</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (resident set size).</source>
        <translation>Memoria del proceso de renderizado de esta sesión (tamaño del conjunto residente).</translation>
    </message>
    <message>
        <source>CPU use of this session&apos;s renderer process since the previous sample (100 % = one core).</source>
        <translation>Uso de CPU del proceso de renderizado de esta sesión desde la muestra anterior (100 % = un núcleo).</translation>
    </message>
    <message>
        <source>Paused: unanswered budget</source>
        <translation>En pausa: cupo de mensajes sin respuesta</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1: %2 today, %3 in the last 7 days</source>
        <translation>%1: %2 hoy, %3 en los últimos 7 días</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR: %1 of its last 30 days&apos; messages got no reply (budget %2). It resumes when leads reply, old messages leave the 30 days, or the budget is raised in Settings. Connection: %3.</source>
        <translation>Los envíos de este SDR están en pausa: %1 de sus mensajes de los últimos 30 días no tuvieron respuesta (cupo %2). Se reanudan cuando los leads respondan, los mensajes antiguos salgan de los 30 días o se aumente el cupo en Configuración. Conexión: %3.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>%1 of the %2 messages sent in the last 7 days got a reply.</source>
        <translation>%1 de los %2 mensajes enviados en los últimos 7 días recibieron respuesta.</translation>
    </message>
    <message>
        <source>Nothing sent in the last 7 days.</source>
        <translation>No se envió nada en los últimos 7 días.</translation>
    </message>
    <message>
        <source>Unanswered budget used: %1 / %2 (%3 %): messages of the last 30 days without a reply, against this SDR&apos;s budget.</source>
        <translation>Cupo de mensajes sin respuesta usado: %1 / %2 (%3 %): mensajes de los últimos 30 días sin respuesta, respecto al cupo de este SDR.</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR.</source>
        <translation>Los envíos de este SDR están en pausa.</translation>
    </message>
    <message>
        <source>At 100 % sending pauses for this SDR.</source>
        <translation>Al 100 % se pausan los envíos de este SDR.</translation>
    </message>
    <message>
        <source>Today / the last 7 days (today included).</source>
        <translation>Hoy / los últimos 7 días (hoy incluido).</translation>
    </message>
    <message>
        <source>Messages sent.</source>
        <translation>Mensajes enviados.</translation>
    </message>
    <message>
        <source>Messages delivered to the lead&apos;s phone (two grey ticks).</source>
        <translation>Mensajes entregados en el teléfono del lead (dos marcas de verificación grises).</translation>
    </message>
    <message>
        <source>Messages the lead read (two blue ticks).</source>
        <translation>Mensajes que el lead leyó (dos marcas de verificación azules).</translation>
    </message>
    <message>
        <source>Leads who replied.</source>
        <translation>Leads que respondieron.</translation>
    </message>
    <message>
        <source>Leads who asked not to be contacted again.</source>
        <translation>Leads que pidieron no ser contactados de nuevo.</translation>
    </message>
    <message>
        <source>Of the messages sent in the last 7 days, the share that got a reply.</source>
        <translation>De los mensajes enviados en los últimos 7 días, la proporción que recibió respuesta.</translation>
    </message>
    <message>
        <source>Messages of the last 30 days without a reply, against the SDR&apos;s unanswered budget. Flagged at 80 %; at 100 % sending pauses for the SDR.</source>
        <translation>Mensajes de los últimos 30 días sin respuesta, respecto al cupo de mensajes sin respuesta del SDR. Se marca al 80 %; al 100 % se pausan los envíos del SDR.</translation>
    </message>
    <message>
        <source>Leads waiting to be sent.</source>
        <translation>Leads en espera de envío.</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Connected</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviados hoy</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Fallidos hoy</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Requiere una decisión</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>These leads were being sent when the app stopped, and WhatsApp could not confirm whether they went out; or another SDR messaged their phone recently. Send or drop each one.</source>
        <translation>Estos leads se estaban enviando cuando la aplicación se detuvo, y WhatsApp no pudo confirmar si salieron; o bien otro SDR escribió a su teléfono hace poco. Envíe o descarte cada uno.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Send again / anyway</source>
        <translation>Reenviar / enviar igualmente</translation>
    </message>
    <message>
        <source>Contacted recently by another SDR</source>
        <translation>Otro SDR lo contactó hace poco</translation>
    </message>
    <message>
        <source>Send not confirmed</source>
        <translation>Envío no confirmado</translation>
    </message>
    <message>
        <source>Replied today</source>
        <translation>Respondidos hoy</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Envíos y respuestas por hora hoy</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>El directorio de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>No se puede escribir en el directorio de datos %1.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The demo could not start its simulated CRM and WhatsApp on 127.0.0.1.</source>
        <translation>La demo no pudo iniciar su CRM y su WhatsApp simulados en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Checking the chat of lead %1: was it sent before the interruption?</source>
        <translation>Comprobando el chat del lead %1: ¿se envió antes de la interrupción?</translation>
    </message>
    <message>
        <source>Lead %1 could not be checked (%2); held for a person.</source>
        <translation>No se pudo comprobar el lead %1 (%2); queda pendiente de una persona.</translation>
    </message>
    <message>
        <source>Lost track of lead %1 (%2); it will be checked before anything else.</source>
        <translation>Se perdió el seguimiento del lead %1 (%2); se comprobará antes que nada.</translation>
    </message>
    <message>
        <source>Lead %1 sent.</source>
        <translation>Lead %1 enviado.</translation>
    </message>
    <message>
        <source>Lead %1 failed: %2</source>
        <translation>El lead %1 falló: %2</translation>
    </message>
    <message>
        <source>Lead %1 not sent yet (%2); it stays queued.</source>
        <translation>Lead %1 aún no enviado (%2); sigue en cola.</translation>
    </message>
    <message>
        <source>Lead %1: sending was not confirmed; checking the chat.</source>
        <translation>Lead %1: el envío no se confirmó; comprobando el chat.</translation>
    </message>
    <message>
        <source>Lead %1 was found in its chat: sent.</source>
        <translation>El lead %1 se encontró en su chat: enviado.</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat; it will be sent again.</source>
        <translation>El lead %1 no está en su chat; se enviará de nuevo.</translation>
    </message>
    <message>
        <source>Lead %1 could not be verified; held for a person to resend or drop.</source>
        <translation>No se pudo verificar el lead %1; queda pendiente de que una persona lo reenvíe o descarte.</translation>
    </message>
    <message>
        <source>The local store can be written again; sending goes on.</source>
        <translation>Ya se puede volver a escribir en el almacenamiento local; los envíos continúan.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1: %2); sending for this SDR waits %3 s.</source>
        <translation>No se puede escribir en el almacenamiento local (%1: %2); los envíos de este SDR esperan %3 s.</translation>
    </message>
    <message>
        <source>failing lead %1</source>
        <translation>marcando como fallido el lead %1</translation>
    </message>
    <message>
        <source>starting lead %1</source>
        <translation>iniciando el envío del lead %1</translation>
    </message>
    <message>
        <source>queueing lead %1</source>
        <translation>poniendo en cola el lead %1</translation>
    </message>
    <message>
        <source>Resend of lead %1: checking its chat first, so it never goes out twice.</source>
        <translation>Reenvío del lead %1: primero se comprueba su chat para que nunca salga dos veces.</translation>
    </message>
    <message>
        <source>recording lead %1 as sent</source>
        <translation>registrando el lead %1 como enviado</translation>
    </message>
    <message>
        <source>Lead %1 sent (confirmed late).</source>
        <translation>Lead %1 enviado (confirmado con retraso).</translation>
    </message>
    <message>
        <source>not sent after %1 tries (%2)</source>
        <translation>no enviado tras %1 intentos (%2)</translation>
    </message>
    <message>
        <source>Lead %1 failed after %2 tries: %3</source>
        <translation>El lead %1 falló tras %2 intentos: %3</translation>
    </message>
    <message>
        <source>deferring lead %1</source>
        <translation>aplazando el lead %1</translation>
    </message>
    <message>
        <source>Lead %1 not sent (%2); tried again in %3 s, the next leads go first.</source>
        <translation>Lead %1 no enviado (%2); se reintentará en %3 s y los siguientes leads van primero.</translation>
    </message>
    <message>
        <source>not found in the chat after %1 attempts; not resent automatically again</source>
        <translation>no encontrado en el chat tras %1 intentos; no se vuelve a reenviar automáticamente</translation>
    </message>
    <message>
        <source>holding lead %1</source>
        <translation>dejando pendiente el lead %1</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat after %2 attempts; held for a person to resend or drop.</source>
        <translation>El lead %1 no está en su chat tras %2 intentos; queda pendiente de que una persona lo reenvíe o descarte.</translation>
    </message>
    <message>
        <source>Lead %1: its chat could not be checked; sent again as the person asked.</source>
        <translation>Lead %1: no se pudo comprobar su chat; se enviará de nuevo, como pidió la persona.</translation>
    </message>
    <message>
        <source>Lead %1 not sent: %2.</source>
        <translation>Lead %1 no enviado: %2.</translation>
    </message>
    <message>
        <source>Lead %1 held for a person: %2. Send it anyway or drop it.</source>
        <translation>Lead %1 pendiente de una persona: %2. Envíelo igualmente o descártelo.</translation>
    </message>
    <message>
        <source>Sending paused: %1. It resumes when leads reply, old sends age out, or the budget is raised.</source>
        <translation>Envíos en pausa: %1. Se reanudan cuando los leads respondan, los envíos antiguos caduquen o se aumente el cupo.</translation>
    </message>
    <message>
        <source>Sending resumed: the unanswered budget allows it again.</source>
        <translation>Envíos reanudados: el cupo de mensajes sin respuesta vuelve a permitirlo.</translation>
    </message>
    <message>
        <source>syncing lead %1 to the disk</source>
        <translation>sincronizando el lead %1 con el disco</translation>
    </message>
    <message>
        <source>the session stopped being ready before Send</source>
        <translation>la sesión dejó de estar lista antes de Enviar</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>opt-out reply (&quot;%1&quot;)</source>
        <translation>respuesta de baja (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again; no SDR will message it.</source>
        <translation>%1 pidió no ser contactado de nuevo; ningún SDR le escribirá.</translation>
    </message>
    <message>
        <source>Lead %1 (%2) asked not to be contacted again; no SDR will message it.</source>
        <translation>El lead %1 (%2) pidió no ser contactado de nuevo; ningún SDR le escribirá.</translation>
    </message>
</context>
<context>
    <name>ImportLeadsDialog</name>
    <message>
        <source>Choose a CSV file of leads</source>
        <translation>Elija un archivo CSV de leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Importing leads is not available in this set-up.</source>
        <translation>La importación de leads no está disponible en esta configuración.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported.</source>
        <translation>
            <numerusform>%n lead importado.</numerusform>
            <numerusform>%n leads importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, left unchanged.</source>
        <translation>
            <numerusform>%n ya conocido, sin cambios.</numerusform>
            <numerusform>%n ya conocidos, sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n fila rechazada:</numerusform>
            <numerusform>%n filas rechazadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar leads</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n lead(s) imported before it stay in the queue; the rest of the file was not imported. Importing the same file again adds only the rest.</source>
        <translation>
            <numerusform>Importación cancelada: %n lead importado antes sigue en la cola; el resto del archivo no se importó. Si vuelve a importar el mismo archivo, solo se añade el resto.</numerusform>
            <numerusform>Importación cancelada: los %n leads importados antes siguen en la cola; el resto del archivo no se importó. Si vuelve a importar el mismo archivo, solo se añade el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row and the columns id, assigned_sdr_id, name, phone and message. Each lead is sent only through its assigned SDR&apos;s WhatsApp; rows that do not pass the checks are listed below and not imported. Cancel stops an import: the leads imported until then stay, and importing the same file again adds only the rest.</source>
        <translation>Elija un archivo CSV con una fila de encabezado y las columnas id, assigned_sdr_id, name, phone y message. Cada lead se envía solo a través del WhatsApp de su SDR asignado; las filas que no superan las comprobaciones se muestran abajo y no se importan. Cancelar detiene una importación: los leads importados hasta entonces se conservan, y al importar de nuevo el mismo archivo solo se añade el resto.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>SDR Sender is already running for %1 (process %2 on host %3, started by %4). Use that window, or quit it first.</source>
        <translation>SDR Sender ya se está ejecutando para %1 (proceso %2 en el equipo %3, iniciado por %4). Use esa ventana o ciérrela antes.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>SDR Sender is already running for %1 (the lock file %2 is held by another process).</source>
        <translation>SDR Sender ya se está ejecutando para %1 (otro proceso tiene el archivo de bloqueo %2).</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>No se puede crear el archivo de bloqueo %1: permiso denegado.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LeadEventReporter</name>
    <message>
        <source>Cannot write the local store (%1); reporting lead events waits.</source>
        <translation>No se puede escribir en el almacenamiento local (%1); el informe de eventos de leads espera.</translation>
    </message>
    <message>
        <source>Reporting the %1 event of lead %2 failed (%3); retrying.</source>
        <translation>Falló el informe del evento %1 del lead %2 (%3); se reintenta.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID del lead</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>All SDRs</source>
        <translation>Todos los SDR</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>No se pudieron leer los leads: %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n lead(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Se muestra %n lead, el más reciente; acote los filtros para ver los más antiguos.</numerusform>
            <numerusform>Se muestran los %n leads más recientes; acote los filtros para ver los más antiguos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Search name, phone or reply</source>
        <translation>Buscar nombre, teléfono o respuesta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the leads shown (with the current filters) as a CSV file</source>
        <translation>Guardar los leads mostrados (con los filtros actuales) como archivo CSV</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drop lead</source>
        <translation>Descartar lead</translation>
    </message>
    <message>
        <source>Drop this lead? It is reported to the CRM as failed and not sent.</source>
        <translation>¿Descartar este lead? Se informará al CRM como fallido y no se enviará.</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation>Desconectar WhatsApp</translation>
    </message>
    <message>
        <source>Log %1 out of WhatsApp Web on this computer? Their browser profile here is wiped and a new QR scan is needed to send again.</source>
        <translation>¿Cerrar la sesión de %1 en WhatsApp Web en este equipo? Su perfil de navegador aquí se borrará y hará falta escanear el QR de nuevo para volver a enviar.</translation>
    </message>
    <message>
        <source>Remove SDR</source>
        <translation>Quitar SDR</translation>
    </message>
    <message>
        <source>Remove %1 from this app? Their WhatsApp session here is closed; the send history stays.</source>
        <translation>¿Quitar a %1 de esta aplicación? Su sesión de WhatsApp aquí se cerrará; el historial de envíos se conserva.</translation>
    </message>
    <message>
        <source>About SDR Sender</source>
        <translation>Acerca de SDR Sender</translation>
    </message>
    <message>
        <source>SDR Sender %1</source>
        <translation>SDR Sender %1</translation>
    </message>
    <message>
        <source>Sends each lead from the WhatsApp of the SDR it is assigned to, at a human pace, and reports every result to the CRM.</source>
        <translation>Envía cada lead desde el WhatsApp del SDR al que está asignado, a ritmo humano, e informa cada resultado al CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SDR(s) connected</source>
        <translation>
            <numerusform>%1 de %n SDR conectado</numerusform>
            <numerusform>%1 de %n SDR conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>Local leads (no CRM)</source>
        <translation>Leads locales (sin CRM)</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>SDRs (%1)</source>
        <translation>SDR (%1)</translation>
    </message>
    <message>
        <source>SDR Sender — DEMO</source>
        <translation>SDR Sender — DEMO</translation>
    </message>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>DEMO — simulated CRM and WhatsApp, no real messages are sent</source>
        <translation>DEMO — CRM y WhatsApp simulados, no se envía ningún mensaje real</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Importar leads…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Registro de actividad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SDR Sender</source>
        <translation>&amp;Acerca de SDR Sender</translation>
    </message>
    <message>
        <source>&amp;Add SDR…</source>
        <translation>&amp;Añadir SDR…</translation>
    </message>
    <message>
        <source>SDRs come from the CRM&apos;s list.</source>
        <translation>Los SDR vienen de la lista del CRM.</translation>
    </message>
    <message>
        <source>Check WhatsApp Web</source>
        <translation>Comprobar WhatsApp Web</translation>
    </message>
    <message>
        <source>Everything sending needs was found on WhatsApp Web.</source>
        <translation>Se encontró en WhatsApp Web todo lo necesario para enviar.</translation>
    </message>
    <message>
        <source>Something SDR Sender needs was not found on WhatsApp Web, or could not be checked. See the details.</source>
        <translation>Algo que SDR Sender necesita no se encontró en WhatsApp Web o no se pudo comprobar. Mira los detalles.</translation>
    </message>
    <message>
        <source>&amp;Check WhatsApp Web</source>
        <translation>&amp;Comprobar WhatsApp Web</translation>
    </message>
    <message>
        <source>Check the open SDR&apos;s WhatsApp Web page (or a fresh one) against every selector the app uses</source>
        <translation>Comprueba la página de WhatsApp Web del SDR abierto (o una nueva) con cada selector que usa la aplicación</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>&amp;Suppression list…</source>
        <translation>Lista de &amp;exclusión…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Notify me when a lead replies</source>
        <translation>&amp;Notificarme cuando un lead responda</translation>
    </message>
    <message>
        <source>A desktop notification for each reply. Your choice on this computer only.</source>
        <translation>Una notificación de escritorio por cada respuesta. Esta elección solo se aplica a este equipo.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 needs a QR scan</source>
        <translation>%1 necesita escanear el QR</translation>
    </message>
    <message>
        <source>Open %1 in SDR Sender and scan the QR code with their phone. Nothing is sent for this SDR until then.</source>
        <translation>Abra a %1 en SDR Sender y escanee el código QR con su teléfono. No se envía nada de este SDR hasta entonces.</translation>
    </message>
    <message>
        <source>%1 dropped out</source>
        <translation>%1 se desconectó</translation>
    </message>
    <message>
        <source>%1 is no longer connected (%2). Sending for this SDR is paused.</source>
        <translation>%1 ya no está conectado (%2). Los envíos de este SDR están en pausa.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n send(s) for %1 failed.</source>
        <translation>
            <numerusform>El último envío de %1 falló.</numerusform>
            <numerusform>Los últimos %n envíos de %1 fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reason: %1.</source>
        <translation>Último motivo: %1.</translation>
    </message>
    <message>
        <source>Sending fails for %1</source>
        <translation>Los envíos de %1 fallan</translation>
    </message>
    <message>
        <source>%1 is paused by a WhatsApp warning</source>
        <translation>%1 está en pausa por un aviso de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning or an unknown dialog for %1. Nothing is sent for this SDR until someone reads it and presses Resume sending.</source>
        <translation>WhatsApp mostró un aviso o un diálogo desconocido para %1. No se envía nada para este SDR hasta que alguien lo lea y pulse Reanudar envíos.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses the browser for %1</source>
        <translation>WhatsApp Web rechaza el navegador de %1</translation>
    </message>
    <message>
        <source>WhatsApp Web does not accept this app&apos;s browser engine. Nothing is sent for %1; see the session for what to do.</source>
        <translation>WhatsApp Web no acepta el motor de navegador de esta aplicación. No se envía nada para %1; mira la sesión para saber qué hacer.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation>%1 respondió a %2</translation>
    </message>
</context>
<context>
    <name>PageProbe</name>
    <message>
        <source>The built-in selector pack is missing or invalid.</source>
        <translation>El paquete de selectores integrado falta o no es válido.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); the built-in selectors are used.</source>
        <translation>%1 no es un objeto JSON (%2); se usan los selectores integrados.</translation>
    </message>
    <message>
        <source>The probe script %1 is missing.</source>
        <translation>Falta el script de sondeo %1.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>The phone number is far too long.</source>
        <translation>El número de teléfono es demasiado largo.</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only stand at the start of the number.</source>
        <translation>El &apos;+&apos; solo puede ir al principio del número.</translation>
    </message>
    <message>
        <source>The phone number contains characters other than digits.</source>
        <translation>El número de teléfono contiene caracteres que no son dígitos.</translation>
    </message>
    <message>
        <source>The phone number has fewer than 7 digits.</source>
        <translation>El número de teléfono tiene menos de 7 dígitos.</translation>
    </message>
    <message>
        <source>The phone number has more than 15 digits.</source>
        <translation>El número de teléfono tiene más de 15 dígitos.</translation>
    </message>
    <message>
        <source>The phone number must start with its country code, not 0.</source>
        <translation>El número de teléfono debe empezar por el código de país, no por 0.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The SDR id &quot;%1&quot; cannot be used as a profile name.</source>
        <translation>El id de SDR &quot;%1&quot; no se puede usar como nombre de perfil.</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>No se puede crear el directorio de perfil %1.</translation>
    </message>
    <message>
        <source>Cannot remove the profile directory %1.</source>
        <translation>No se puede eliminar el directorio de perfil %1.</translation>
    </message>
</context>
<context>
    <name>ResultReporter</name>
    <message>
        <source>The CRM no longer assigns lead %1 to this SDR (409).</source>
        <translation>El CRM ya no asigna el lead %1 a este SDR (409).</translation>
    </message>
    <message>
        <source>Reporting lead %1 failed (%2); retrying.</source>
        <translation>Falló el informe del lead %1 (%2); se reintenta.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1); reporting waits.</source>
        <translation>No se puede escribir en el almacenamiento local (%1); el envío de informes espera.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Lead %1 not sent: %2 (%3)</source>
        <translation>Lead %1 no enviado: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without a usable id in the queue were ignored (cannot be reported).</source>
        <translation>
            <numerusform>Se ignoró %n lead de la cola sin un id utilizable (no se puede informar).</numerusform>
            <numerusform>Se ignoraron %n leads de la cola sin un id utilizable (no se pueden informar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 is no longer assigned to this SDR; it will not be sent.</source>
        <translation>El lead %1 ya no está asignado a este SDR; no se enviará.</translation>
    </message>
    <message>
        <source>Lead %1 was moved to this SDR; it will be sent from here.</source>
        <translation>El lead %1 se trasladó a este SDR; se enviará desde aquí.</translation>
    </message>
    <message>
        <source>Lead %1 was sent already; its result is reported again.</source>
        <translation>El lead %1 ya se había enviado; su resultado se informa de nuevo.</translation>
    </message>
</context>
<context>
    <name>SdrDirectory</name>
    <message numerus="yes">
        <source>%n invalid SDR entry(s) in the CRM&apos;s list were ignored.</source>
        <translation>
            <numerusform>Se ignoró %n entrada de SDR no válida en la lista del CRM.</numerusform>
            <numerusform>Se ignoraron %n entradas de SDR no válidas en la lista del CRM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrItemDelegate</name>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>SdrListModel</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n chat sin leer</numerusform>
            <numerusform>%n chats sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrRepository</name>
    <message>
        <source>An SDR needs an id.</source>
        <translation>Un SDR necesita un id.</translation>
    </message>
    <message>
        <source>Cannot save the SDR %1: %2</source>
        <translation>No se puede guardar el SDR %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the SDR %1: %2</source>
        <translation>No se puede actualizar el SDR %1: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>No existe el SDR &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot remove the SDR %1: %2</source>
        <translation>No se puede quitar el SDR %1: %2</translation>
    </message>
</context>
<context>
    <name>SenderEngine</name>
    <message>
        <source>TLS error talking to %1: %2. The connection was refused.</source>
        <translation>Error de TLS al comunicarse con %1: %2. Se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The CRM refused the token. Polling and sending are stopped until you sign in again.</source>
        <translation>El CRM rechazó el token. La consulta y los envíos se detienen hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as send_timeout).</source>
        <translation>Una persona descartó el lead %1 (informado como send_timeout).</translation>
    </message>
    <message>
        <source>Hosted on %1: another SDR Sender serves this SDR; this one does not poll or send for it.</source>
        <translation>Alojado en %1: otro SDR Sender atiende a este SDR; este no consulta ni envía para él.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent lead(s) of this SDR cancelled: it is no longer active.</source>
        <translation>
            <numerusform>Se canceló %n lead no enviado de este SDR: ya no está activo.</numerusform>
            <numerusform>Se cancelaron %n leads no enviados de este SDR: ya no está activo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM does not support claims (Sender API v1): this SDR Sender assumes it is the only one serving these SDRs.</source>
        <translation>El CRM no admite reservas (Sender API v1): este SDR Sender supone que es el único que atiende a estos SDR.</translation>
    </message>
    <message>
        <source>This SDR Sender now serves this SDR (claim held).</source>
        <translation>Este SDR Sender atiende ahora a este SDR (reserva obtenida).</translation>
    </message>
    <message>
        <source>This SDR Sender no longer holds the claim of this SDR: polling and sending stopped.</source>
        <translation>Este SDR Sender ya no tiene la reserva de este SDR: la consulta y los envíos se detuvieron.</translation>
    </message>
    <message>
        <source>Lead %1: a person asked to send it again; its chat is checked first.</source>
        <translation>Lead %1: una persona pidió reenviarlo; primero se comprueba su chat.</translation>
    </message>
    <message>
        <source>The CRM offers no queue-changes feed: queues are polled on the timer.</source>
        <translation>El CRM no ofrece un canal de cambios de cola: las colas se consultan periódicamente.</translation>
    </message>
    <message>
        <source>Lead %1: a person chose to send it although its phone was contacted recently.</source>
        <translation>Lead %1: una persona decidió enviarlo aunque se contactó con su teléfono hace poco.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as recently_contacted).</source>
        <translation>Una persona descartó el lead %1 (informado como recently_contacted).</translation>
    </message>
    <message>
        <source>This SDR id cannot be used as a session name; it has no WhatsApp session.</source>
        <translation>Este id de SDR no se puede usar como nombre de sesión; no tiene sesión de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>SendsChart</name>
    <message numerus="yes">
        <source>%n send(s) today</source>
        <translation>
            <numerusform>%n envío hoy</numerusform>
            <numerusform>%n envíos hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>No sends yet today</source>
        <translation>Aún no hay envíos hoy</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Envíos y respuestas por hora hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) today</source>
        <translation>
            <numerusform>%n respuesta hoy</numerusform>
            <numerusform>%n respuestas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>its page used %1 MB of memory (limit %2 MB)</source>
        <translation>su página usaba %1 MB de memoria (límite %2 MB)</translation>
    </message>
    <message>
        <source>it had been awake for %1 hours (limit %2 hours)</source>
        <translation>la sesión llevaba %1 horas despierta (límite %2 horas)</translation>
    </message>
    <message>
        <source>WhatsApp Web was reloaded for this SDR while idle: %1. The link is kept.</source>
        <translation>Se recargó WhatsApp Web de este SDR mientras estaba inactivo: %1. Se mantiene la vinculación.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Use here</source>
        <translation>Usar aquí</translation>
    </message>
    <message>
        <source>Take this WhatsApp session back from the other window</source>
        <translation>Recuperar esta sesión de WhatsApp de la otra ventana</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Open this SDR&apos;s WhatsApp Web (and show the QR code if it is not linked)</source>
        <translation>Abrir el WhatsApp Web de este SDR (y mostrar el código QR si no está vinculado)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Log this SDR out of WhatsApp Web and wipe this SDR&apos;s browser profile</source>
        <translation>Cerrar la sesión de este SDR en WhatsApp Web y borrar su perfil de navegador</translation>
    </message>
    <message>
        <source>Remove SDR…</source>
        <translation>Quitar SDR…</translation>
    </message>
    <message>
        <source>Remove this SDR and its WhatsApp session from this app</source>
        <translation>Quitar este SDR y su sesión de WhatsApp de esta aplicación</translation>
    </message>
    <message>
        <source>No SDR selected</source>
        <translation>Ningún SDR seleccionado</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Select an SDR on the left to see their WhatsApp.</source>
        <translation>Seleccione un SDR a la izquierda para ver su WhatsApp.</translation>
    </message>
    <message>
        <source>%1&apos;s session is hibernated to save memory. It wakes up when there is something to send, or press Connect.</source>
        <translation>La sesión de %1 está hibernada para ahorrar memoria. Se activa cuando hay algo que enviar, o pulse Conectar.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp Web is not open. Press Connect to open it.</source>
        <translation>El WhatsApp Web de %1 no está abierto. Pulse Conectar para abrirlo.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reanudar envíos</translation>
    </message>
    <message>
        <source>You have read WhatsApp&apos;s warning: send this SDR&apos;s leads again</source>
        <translation>Has leído el aviso de WhatsApp: volver a enviar los leads de este SDR</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Configuración desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; no es un valor válido para %2.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>No se puede guardar la configuración %1: %2</translation>
    </message>
    <message>
        <source>Cannot clear the setting %1: %2</source>
        <translation>No se puede borrar la configuración %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings of %1: %2</source>
        <translation>No se puede guardar la configuración de %1: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>No existe el SDR &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be set per SDR.</source>
        <translation>%1 no se puede definir por SDR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The token was saved in the keychain.</source>
        <translation>El token se guardó en el llavero.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>El token se eliminó del llavero.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se pudo eliminar el token: %1</translation>
    </message>
    <message>
        <source>HH:mm, empty = any time</source>
        <translation>HH:mm, vacío = a cualquier hora</translation>
    </message>
    <message>
        <source>CRM server URL</source>
        <translation>URL del servidor del CRM</translation>
    </message>
    <message>
        <source>WhatsApp Web URL</source>
        <translation>URL de WhatsApp Web</translation>
    </message>
    <message>
        <source>Queue check every (s)</source>
        <translation>Consultar la cola cada (s)</translation>
    </message>
    <message>
        <source>Leads per queue check</source>
        <translation>Leads por consulta de la cola</translation>
    </message>
    <message>
        <source>Shortest gap between sends (s)</source>
        <translation>Intervalo mínimo entre envíos (s)</translation>
    </message>
    <message>
        <source>Longest gap between sends (s)</source>
        <translation>Intervalo máximo entre envíos (s)</translation>
    </message>
    <message>
        <source>Most sends per hour</source>
        <translation>Máximo de envíos por hora</translation>
    </message>
    <message>
        <source>Most sends per day</source>
        <translation>Máximo de envíos por día</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Warm-up days for a new number</source>
        <translation>Días de calentamiento para un número nuevo</translation>
    </message>
    <message>
        <source>Sends on the first warm-up day</source>
        <translation>Envíos el primer día de calentamiento</translation>
    </message>
    <message>
        <source>Send timeout (s)</source>
        <translation>Tiempo límite de envío (s)</translation>
    </message>
    <message>
        <source>Hibernate idle sessions after (s)</source>
        <translation>Hibernar sesiones inactivas tras (s)</translation>
    </message>
    <message>
        <source>Free hibernated sessions&apos; memory after (s)</source>
        <translation>Liberar la memoria de las sesiones hibernadas tras (s)</translation>
    </message>
    <message>
        <source>Most sessions awake at once</source>
        <translation>Máximo de sesiones activas a la vez</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>set on the command line</source>
        <translation>definido en la línea de comandos</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>del entorno</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid.</source>
        <translation>%1: &quot;%2&quot; no es válido.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not valid.</source>
        <translation>%1 (%2): &quot;%3&quot; no es válido.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>All SDRs</source>
        <translation>Todos los SDR</translation>
    </message>
    <message>
        <source>Per SDR</source>
        <translation>Por SDR</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>Values ticked here apply to this SDR only; the others follow the &quot;All SDRs&quot; page.</source>
        <translation>Los valores marcados aquí se aplican solo a este SDR; los demás siguen la página &quot;Todos los SDR&quot;.</translation>
    </message>
    <message>
        <source>CRM token:</source>
        <translation>Token del CRM:</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Nuevo &amp;token:</translation>
    </message>
    <message>
        <source>Paste the token from the CRM</source>
        <translation>Pegue el token del CRM</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Eliminar del llavero</translation>
    </message>
    <message>
        <source>Retry a refused browser after (s)</source>
        <translation>Reintentar un navegador rechazado tras (s)</translation>
    </message>
    <message>
        <source>Wake a sleeping linked session after (s)</source>
        <translation>Despertar una sesión vinculada dormida tras (s)</translation>
    </message>
    <message>
        <source>Watch a sent lead&apos;s chat for (days)</source>
        <translation>Vigilar el chat de un lead enviado durante (días)</translation>
    </message>
    <message>
        <source>Hold a lead another SDR contacted within (days)</source>
        <translation>Retener un lead que otro SDR contactó en los últimos (días)</translation>
    </message>
    <message>
        <source>Unanswered messages allowed per 30 days</source>
        <translation>Mensajes sin respuesta permitidos cada 30 días</translation>
    </message>
    <message>
        <source>Delete finished leads and activity after (days, 0 = never)</source>
        <translation>Eliminar leads finalizados y actividad tras (días, 0 = nunca)</translation>
    </message>
    <message>
        <source>Blank the texts of finished leads after (days, 0 = never)</source>
        <translation>Borrar los textos de leads finalizados tras (días, 0 = nunca)</translation>
    </message>
    <message>
        <source>Reload an idle session using more than (MB, 0 = never)</source>
        <translation>Recargar una sesión inactiva que use más de (MB, 0 = nunca)</translation>
    </message>
    <message>
        <source>Reload an idle session awake longer than (h, 0 = never)</source>
        <translation>Recargar una sesión inactiva que lleve despierta más de (h, 0 = nunca)</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Scan QR</source>
        <translation>Escanear QR</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Phone offline</source>
        <translation>Teléfono sin conexión</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Abierto en otro lugar</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>Hibernado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Opening WhatsApp Web…</source>
        <translation>Abriendo WhatsApp Web…</translation>
    </message>
    <message>
        <source>Scan the QR code with this SDR&apos;s phone: WhatsApp → Settings → Linked devices → Link a device.</source>
        <translation>Escanee el código QR con el teléfono de este SDR: WhatsApp → Ajustes → Dispositivos vinculados → Vincular un dispositivo.</translation>
    </message>
    <message>
        <source>Linked. WhatsApp is loading the chats; sending starts when it is done.</source>
        <translation>Vinculado. WhatsApp está cargando los chats; los envíos empiezan cuando termine.</translation>
    </message>
    <message>
        <source>Connected. Leads for this SDR are sent from this number.</source>
        <translation>Conectado. Los leads de este SDR se envían desde este número.</translation>
    </message>
    <message>
        <source>WhatsApp is open in another window. Press &quot;Use here&quot; to continue sending from this app.</source>
        <translation>WhatsApp está abierto en otra ventana. Pulse &quot;Usar aquí&quot; para seguir enviando desde esta aplicación.</translation>
    </message>
    <message>
        <source>This device was logged out from the phone. Press Connect and scan the QR code again.</source>
        <translation>Se cerró la sesión de este dispositivo desde el teléfono. Pulse Conectar y escanee el código QR de nuevo.</translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be loaded. Check the internet connection; the app keeps retrying.</source>
        <translation>No se puede cargar WhatsApp Web. Compruebe la conexión a internet; la aplicación sigue reintentando.</translation>
    </message>
    <message>
        <source>The linked WhatsApp number is not this SDR&apos;s number. Nothing is sent; disconnect and scan with the right phone.</source>
        <translation>El número de WhatsApp vinculado no es el de este SDR. No se envía nada; desconecte y escanee con el teléfono correcto.</translation>
    </message>
    <message>
        <source>Hibernated to save memory. It wakes by itself when there is work, or when you open it.</source>
        <translation>Hibernado para ahorrar memoria. Se activa solo cuando hay trabajo o cuando lo abre.</translation>
    </message>
    <message>
        <source>Something went wrong with this session. See the activity log for details.</source>
        <translation>Algo falló en esta sesión. Consulte el registro de actividad para más detalles.</translation>
    </message>
    <message>
        <source>Browser refused</source>
        <translation>Navegador rechazado</translation>
    </message>
    <message>
        <source>Paused: WhatsApp warning</source>
        <translation>En pausa: aviso de WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning, limit or ban notice for this number (its text is below). Sending is paused for this SDR. Read it on the page, then press Resume sending.</source>
        <translation>WhatsApp mostró un aviso, límite o bloqueo para este número (el texto está abajo). Los envíos de este SDR están en pausa. Léelo en la página y pulsa Reanudar envíos.</translation>
    </message>
    <message>
        <source>WhatsApp says the phone is offline. Linked devices keep sending without it; check that it has battery and internet so that it stays linked.</source>
        <translation>WhatsApp dice que el teléfono está desconectado. Los dispositivos vinculados siguen enviando sin él; comprueba que tenga batería e internet para que siga vinculado.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this app&apos;s browser engine%1. Nothing is sent. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 from trixie-backports; this session tries again every few hours.</source>
        <translation>WhatsApp Web rechaza el motor de navegador de esta aplicación%1. No se envía nada. Ejecuta SDR Sender en Debian 13 con Qt WebEngine 6.10 de trixie-backports; esta sesión lo vuelve a intentar cada pocas horas.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de SDR Sender (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de SDR Sender (esquema %2; esta versión entiende hasta %3). Actualice SDR Sender.</translation>
    </message>
    <message>
        <source>No SDRs yet.</source>
        <translation>Aún no hay SDR.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>CONNECTED SINCE</source>
        <translation>CONECTADO DESDE</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>COLA</translation>
    </message>
    <message>
        <source>SENT TODAY</source>
        <translation>ENVIADOS HOY</translation>
    </message>
    <message>
        <source>FAILED TODAY</source>
        <translation>FALLIDOS HOY</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactivo)</translation>
    </message>
    <message>
        <source>UNCERTAIN</source>
        <translation>INCIERTOS</translation>
    </message>
    <message>
        <source>REPLIED TODAY/7D</source>
        <translation>RESPONDIDOS HOY/7D</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; SDR Sender needs to write to it.</source>
        <translation>La base de datos %1 es de solo lectura; SDR Sender necesita escribir en ella.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SDR Sender needs to write its database there.</source>
        <translation>La carpeta %1 es de solo lectura; SDR Sender necesita escribir ahí su base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de SDR Sender (%2).</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>La base de datos %1 no superó la comprobación de integridad: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>No se puede configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender, or use another data directory.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de SDR Sender (esquema %2; esta versión entiende hasta %3). Actualice SDR Sender o use otro directorio de datos.</translation>
    </message>
    <message>
        <source>Cannot start a migration of %1: %2</source>
        <translation>No se puede iniciar la migración de %1: %2</translation>
    </message>
    <message>
        <source>Cannot migrate %1 from schema %2 to %3: %4</source>
        <translation>No se puede migrar %1 del esquema %2 al %3: %4</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusión</translation>
    </message>
    <message>
        <source>No SDR sends to these phones. Phones that replied with an opt-out are added automatically; a lead for a listed phone is reported as failed (opted_out) without opening its chat.</source>
        <translation>Ningún SDR envía mensajes a estos teléfonos. Los teléfonos que respondieron pidiendo la baja se añaden automáticamente; un lead de un teléfono de la lista se informa como fallido (opted_out) sin abrir su chat.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Opt-out reply</source>
        <translation>Respuesta de baja</translation>
    </message>
    <message>
        <source>Added by a person</source>
        <translation>Añadido por una persona</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importación CSV</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Añadir un teléfono</translation>
    </message>
    <message>
        <source>Phone number (with country code):</source>
        <translation>Número de teléfono (con código de país):</translation>
    </message>
    <message>
        <source>Why may nobody message it?</source>
        <translation>¿Por qué nadie debe escribir a este número?</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>That phone is on the list already.</source>
        <translation>Ese teléfono ya está en la lista.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Why may this phone be messaged again? (kept in the activity log)</source>
        <translation>¿Por qué se puede volver a escribir a este teléfono? (queda en el registro de actividad)</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>Importar lista de exclusión</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n teléfono añadido</numerusform>
            <numerusform>%n teléfonos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n ya estaba en la lista</numerusform>
            <numerusform>%n ya estaban en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n fila rechazada: %1</numerusform>
            <numerusform>%n filas rechazadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Exportar lista de exclusión</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n phone(s).</source>
        <translation>
            <numerusform>Se exportó %n teléfono.</numerusform>
            <numerusform>Se exportaron %n teléfonos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>import cancelled: the rest of the file was not imported</source>
        <translation>importación cancelada: el resto del archivo no se importó</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; no es un número de teléfono.</translation>
    </message>
    <message>
        <source>Say why the phone may be contacted again.</source>
        <translation>Indique por qué se puede volver a contactar con el teléfono.</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 no está en la lista de exclusión.</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list: %2</source>
        <translation>%1 quitado de la lista de exclusión: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo ocupa más de %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como &quot;CSV UTF-8&quot; e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The header must name a phone column.</source>
        <translation>El encabezado debe incluir una columna phone.</translation>
    </message>
    <message>
        <source>imported from a CSV file</source>
        <translation>importado de un archivo CSV</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>No se puede escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>Line %1: no phone.</source>
        <translation>Línea %1: sin teléfono.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added to the suppression list from a CSV file.</source>
        <translation>
            <numerusform>Se añadió %n teléfono a la lista de exclusión desde un archivo CSV.</numerusform>
            <numerusform>Se añadieron %n teléfonos a la lista de exclusión desde un archivo CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>No translation for &quot;%1&quot;.</source>
        <translation>No hay traducción para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>SDR Sender — %1</source>
        <translation>SDR Sender — %1</translation>
    </message>
    <message>
        <source>&amp;Show SDR Sender</source>
        <translation>&amp;Mostrar SDR Sender</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>WhatsAppDoctor</name>
    <message>
        <source>WhatsApp Web did not settle in time (still %1).</source>
        <translation>WhatsApp Web no terminó de cargar a tiempo (sigue en %1).</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat did not open by the deep link in time.</source>
        <translation>El chat propio del SDR no se abrió a tiempo con el enlace directo.</translation>
    </message>
    <message>
        <source>There is no WhatsApp Web page to check.</source>
        <translation>No hay ninguna página de WhatsApp Web que comprobar.</translation>
    </message>
    <message>
        <source>WhatsApp says the SDR&apos;s own number is invalid.</source>
        <translation>WhatsApp dice que el número propio del SDR no es válido.</translation>
    </message>
    <message>
        <source>not used by this version</source>
        <translation>no lo usa esta versión</translation>
    </message>
    <message>
        <source>WhatsApp Web shows its refusal page (&quot;works with Google Chrome&quot;) for this engine. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 (trixie-backports), or set &quot;userAgent&quot; in the override file.</source>
        <translation>WhatsApp Web muestra su página de rechazo («works with Google Chrome») para este motor. Ejecuta SDR Sender en Debian 13 con Qt WebEngine 6.10 (trixie-backports), o pon &quot;userAgent&quot; en el archivo de sustitución.</translation>
    </message>
    <message>
        <source>Not linked: what sending needs could not be checked. Link this SDR in the app, close it, then run sdr-sender --doctor --sdr ID.</source>
        <translation>No vinculado: no se pudo comprobar lo que hace falta para enviar. Vincula este SDR en la aplicación, ciérrala y ejecuta sdr-sender --doctor --sdr ID.</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat shows no message of theirs: outgoingMessage, messageText and statusIcon could not be checked.</source>
        <translation>El chat propio del SDR no muestra ningún mensaje suyo: no se pudieron comprobar outgoingMessage, messageText ni statusIcon.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SDR Sender: WhatsApp Web check</source>
        <translation>SDR Sender: comprobación de WhatsApp Web</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Refusal page</source>
        <translation>Página de rechazo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Own chat</source>
        <translation>Chat propio</translation>
    </message>
    <message>
        <source>opened by the deep link, not sent: compose box %1, prefilled %2, Send button %3</source>
        <translation>abierto con el enlace directo, sin enviar: cuadro de texto %1, prerrellenado %2, botón Enviar %3</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>no abierto</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>FOUND</source>
        <translation>ENCONTRADO</translation>
    </message>
    <message>
        <source>WHERE IT APPLIES</source>
        <translation>DÓNDE SE USA</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDO</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>sí (%1)</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source> [needed to send]</source>
        <translation> [necesario para enviar]</translation>
    </message>
    <message>
        <source>Result: OK. Everything sending needs was found.</source>
        <translation>Resultado: OK. Se encontró todo lo necesario para enviar.</translation>
    </message>
    <message>
        <source>Result: NOT OK.</source>
        <translation>Resultado: NO OK.</translation>
    </message>
    <message>
        <source>Missing: %1. Put corrected values for these keys in %2 (a JSON object with just those keys); it takes effect at the next start.</source>
        <translation>Falta: %1. Pon valores corregidos para estas claves en %2 (un objeto JSON solo con esas claves); se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>The page of a running session was checked as it is; its own chat was not opened because the session was busy (try again when it is idle).</source>
        <translation>Se comprobó la página de una sesión en marcha tal como está; no se abrió su propio chat porque la sesión estaba ocupada (inténtelo de nuevo cuando esté inactiva).</translation>
    </message>
</context>
<context>
    <name>WhatsAppSession</name>
    <message>
        <source>WhatsApp showed a dialog over the chat</source>
        <translation>WhatsApp mostró un diálogo sobre el chat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;%1 --help&apos; para más información.</translation>
    </message>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>No se puede crear una carpeta temporal para la demo.</translation>
    </message>
    <message>
        <source>Close SDR Sender first, or use Help &gt; Check WhatsApp Web in it.</source>
        <translation>Cierra antes SDR Sender, o usa Ayuda &gt; Comprobar WhatsApp Web en él.</translation>
    </message>
    <message>
        <source>There is no WhatsApp profile for the SDR &quot;%1&quot; in %2.</source>
        <translation>No hay ningún perfil de WhatsApp para el SDR «%1» en %2.</translation>
    </message>
</context>
</TS>
