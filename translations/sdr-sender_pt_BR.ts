<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActivityExportJob</name>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>Não foi possível ler o registro de atividades: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>(aplicativo)</translation>
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
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>All SDRs</source>
        <translation>Todos os SDRs</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>Exportar registro de atividades</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
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
        <translation>Salvar as entradas exibidas (com os filtros atuais) em um arquivo CSV</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
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
        <translation>Adicionar SDR</translation>
    </message>
    <message>
        <source>e.g. sdr_john</source>
        <translation>ex.: sdr_joao</translation>
    </message>
    <message>
        <source>e.g. John Smith</source>
        <translation>ex.: João Silva</translation>
    </message>
    <message>
        <source>optional, e.g. +15551234567</source>
        <translation>opcional, ex.: +15551234567</translation>
    </message>
    <message>
        <source>The number this SDR&apos;s WhatsApp should be linked to. When set, a session linked to another number is flagged and does not send.</source>
        <translation>O número ao qual o WhatsApp deste SDR deve estar vinculado. Quando definido, uma sessão vinculada a outro número é sinalizada e não envia mensagens.</translation>
    </message>
    <message>
        <source>SDR id:</source>
        <translation>Id de SDR:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>Número de WhatsApp:</translation>
    </message>
    <message>
        <source>The SDR id must be 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>O id de SDR deve ter de 1 a 64 caracteres, entre letras, dígitos, &apos;_&apos;, &apos;-&apos; ou &apos;.&apos;.</translation>
    </message>
    <message>
        <source>There is already an SDR with the id &quot;%1&quot;.</source>
        <translation>Já existe um SDR com o id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the SDR&apos;s name.</source>
        <translation>Informe o nome do SDR.</translation>
    </message>
    <message>
        <source>The WhatsApp number is not valid: %1</source>
        <translation>O número de WhatsApp não é válido: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>WhatsApp was disconnected and this SDR&apos;s session data was wiped.</source>
        <translation>O WhatsApp foi desconectado e os dados de sessão deste SDR foram apagados.</translation>
    </message>
    <message>
        <source>Disconnecting WhatsApp did not finish cleanly; see the log.</source>
        <translation>A desconexão do WhatsApp não terminou corretamente; veja o registro.</translation>
    </message>
    <message>
        <source>The CRM needs a valid token: open Settings and sign in. %1</source>
        <translation>O CRM precisa de um token válido: abra as Configurações e entre. %1</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demonstração</translation>
    </message>
    <message>
        <source>Simulate the SDR&apos;s phone scanning the QR code</source>
        <translation>Simular o telefone do SDR escaneando o código QR</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Open an SDR whose session shows a QR code first.</source>
        <translation>Primeiro abra um SDR cuja sessão mostre um código QR.</translation>
    </message>
    <message>
        <source>The CRM server setting was changed. Restart SDR Sender to use it.</source>
        <translation>A configuração do servidor do CRM foi alterada. Reinicie o SDR Sender para usá-la.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>É preciso reiniciar</translation>
    </message>
    <message>
        <source>WhatsApp did not confirm the logout. Remove this device on the SDR&apos;s phone: WhatsApp &gt; Settings &gt; Linked devices.</source>
        <translation>O WhatsApp não confirmou a saída. Remova este dispositivo no telefone do SDR: WhatsApp &gt; Configurações &gt; Dispositivos conectados.</translation>
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
        <translation>O SDR Sender envia os leads do CRM pela sessão do WhatsApp Web de cada SDR.

Ambiente: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (o token do CRM quando o chaveiro não tem nenhum), SDR_SENDER_WHATSAPP_URL.</translation>
    </message>
    <message>
        <source>Keep the database, lock and WhatsApp profiles in &lt;dir&gt; (default: $SDR_SENDER_DATA_DIR, else %1).</source>
        <translation>Manter o banco de dados, a trava e os perfis do WhatsApp em &lt;dir&gt; (padrão: $SDR_SENDER_DATA_DIR, senão %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The CRM&apos;s base URL (http or https), e.g. https://crm.example.com. Overrides $SDR_SENDER_SERVER and the stored setting.</source>
        <translation>A URL base do CRM (http ou https), por exemplo https://crm.example.com. Tem prioridade sobre $SDR_SENDER_SERVER e a configuração salva.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The WhatsApp Web address (default https://web.whatsapp.com/).</source>
        <translation>O endereço do WhatsApp Web (padrão https://web.whatsapp.com/).</translation>
    </message>
    <message>
        <source>Print every SDR&apos;s connection status and queue figures, then exit.</source>
        <translation>Mostrar o status de conexão e os números da fila de cada SDR e sair.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir precisa de uma pasta.</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>O diretório de dados %1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--server: &quot;%1&quot; não é uma URL http(s) com nome de host.</translation>
    </message>
    <message>
        <source>--whatsapp-url: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--whatsapp-url: &quot;%1&quot; não é uma URL http(s) com nome de host.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL with a host name.</source>
        <translation>%1: &quot;%2&quot; não é uma URL http(s) com nome de host.</translation>
    </message>
    <message>
        <source>-%1 is a window option; --status opens no window.</source>
        <translation>-%1 é uma opção de janela; --status não abre janela.</translation>
    </message>
    <message>
        <source>Run against a built-in fake CRM and fake WhatsApp Web (nothing is really sent), in a throwaway data directory unless --data-dir is given.</source>
        <translation>Executar com um CRM e um WhatsApp Web simulados embutidos (nada é enviado de verdade), em um diretório de dados temporário, a menos que --data-dir seja informado.</translation>
    </message>
    <message>
        <source>Load WhatsApp Web and check it against every selector SDR Sender uses (with --sdr: in that SDR&apos;s profile, opening their own chat without sending), print the result and exit; exit code 0 only when everything sending needs was found.</source>
        <translation>Carrega o WhatsApp Web e o verifica com cada seletor que o SDR Sender usa (com --sdr: no perfil desse SDR, abrindo o próprio chat dele sem enviar), imprime o resultado e sai; código de saída 0 só quando tudo o que o envio precisa foi encontrado.</translation>
    </message>
    <message>
        <source>With --doctor: use this SDR&apos;s WhatsApp profile (the app must be closed).</source>
        <translation>Com --doctor: usa o perfil do WhatsApp deste SDR (o aplicativo precisa estar fechado).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>With --status or --doctor: print JSON instead of a table.</source>
        <translation>Com --status ou --doctor: imprime JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <source>--sdr only goes with --doctor.</source>
        <translation>--sdr só pode ser usado com --doctor.</translation>
    </message>
    <message>
        <source>--sdr needs an SDR id.</source>
        <translation>--sdr precisa de um id de SDR.</translation>
    </message>
    <message>
        <source>--json only goes with --status or --doctor.</source>
        <translation>--json só pode ser usado com --status ou --doctor.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --status or --doctor.</source>
        <translation>--demo não pode ser combinado com --status ou --doctor.</translation>
    </message>
    <message>
        <source>--status and --doctor are separate commands.</source>
        <translation>--status e --doctor são comandos separados.</translation>
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
        <translation>o telefone pediu para não ser contatado novamente (lista de exclusão)</translation>
    </message>
    <message>
        <source>the phone is on the suppression list</source>
        <translation>o telefone está na lista de exclusão</translation>
    </message>
    <message>
        <source>%1 contacted this phone on %2 (lead %3)</source>
        <translation>%1 contatou este telefone em %2 (lead %3)</translation>
    </message>
    <message>
        <source>%1 of %2 messages of the last %3 days are unanswered</source>
        <translation>%1 de %2 mensagens dos últimos %3 dias estão sem resposta</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The token is empty; nothing was saved.</source>
        <translation>O token está vazio; nada foi salvo.</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being saved.</source>
        <translation>O servidor do CRM mudou enquanto o token era salvo.</translation>
    </message>
    <message>
        <source>No keychain service (%1); the token was not saved. Set %2 in the environment instead.</source>
        <translation>Nenhum serviço de chaveiro (%1); o token não foi salvo. Defina %2 no ambiente.</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>O chaveiro não salvou o token: %1</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being removed.</source>
        <translation>O servidor do CRM mudou enquanto o token era removido.</translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation>O chaveiro não removeu o token: %1</translation>
    </message>
    <message>
        <source>Token from the keychain.</source>
        <translation>Token do chaveiro.</translation>
    </message>
    <message>
        <source>No keychain service; using %1 from the environment.</source>
        <translation>Nenhum serviço de chaveiro; usando %1 do ambiente.</translation>
    </message>
    <message>
        <source>No token in the keychain; using %1 from the environment.</source>
        <translation>Nenhum token no chaveiro; usando %1 do ambiente.</translation>
    </message>
    <message>
        <source>No keychain service and no %1 in the environment: no token.</source>
        <translation>Nenhum serviço de chaveiro e nenhum %1 no ambiente: sem token.</translation>
    </message>
    <message>
        <source>The token has not been read yet.</source>
        <translation>O token ainda não foi lido.</translation>
    </message>
    <message>
        <source>No token: save one in the keychain or set %1.</source>
        <translation>Sem token: salve um no chaveiro ou defina %1.</translation>
    </message>
</context>
<context>
    <name>CsvLeadImporter</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linha %1: um campo entre aspas nunca é fechado.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>O arquivo é maior que %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>O arquivo não é texto UTF-8. Salve-o como &quot;CSV UTF-8&quot; e importe novamente.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The header must name the columns name, phone, message and assigned_sdr_id; missing: %1.</source>
        <translation>O cabeçalho deve nomear as colunas name, phone, message e assigned_sdr_id; faltando: %1.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Não foi possível gravar no banco de dados: %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 campos, o cabeçalho tem %2.</translation>
    </message>
    <message>
        <source>assigned_sdr_id is empty.</source>
        <translation>assigned_sdr_id está vazio.</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;. Add the SDR first.</source>
        <translation>Não existe o SDR &quot;%1&quot;. Adicione o SDR primeiro.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Telefone &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>A mensagem tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not usable: at most %2 characters, no spaces or control characters.</source>
        <translation>O id &quot;%1&quot; não pode ser usado: no máximo %2 caracteres, sem espaços nem caracteres de controle.</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inativo)</translation>
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
        <translation>Fila</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Falhas hoje</translation>
    </message>
    <message>
        <source>Next send</source>
        <translation>Próximo envio</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>adormecida</translation>
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
        <translation>Hibernando: sem processo de renderização, sem memória nem CPU próprias.</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (PSS: shared pages counted in proportion).</source>
        <translation>Memória do processo de renderização desta sessão (PSS: páginas compartilhadas contadas proporcionalmente).</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (resident set size).</source>
        <translation>Memória do processo de renderização desta sessão (tamanho do conjunto residente).</translation>
    </message>
    <message>
        <source>CPU use of this session&apos;s renderer process since the previous sample (100 % = one core).</source>
        <translation>Uso de CPU do processo de renderização desta sessão desde a amostra anterior (100 % = um núcleo).</translation>
    </message>
    <message>
        <source>Paused: unanswered budget</source>
        <translation>Pausado: cota de mensagens sem resposta</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1: %2 today, %3 in the last 7 days</source>
        <translation>%1: %2 hoje, %3 nos últimos 7 dias</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR: %1 of its last 30 days&apos; messages got no reply (budget %2). It resumes when leads reply, old messages leave the 30 days, or the budget is raised in Settings. Connection: %3.</source>
        <translation>Os envios deste SDR estão pausados: %1 das mensagens dele dos últimos 30 dias ficaram sem resposta (cota de %2). Eles são retomados quando os leads responderem, as mensagens antigas saírem dos 30 dias ou a cota for aumentada nas Configurações. Conexão: %3.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregues</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lidos</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Com resposta</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrados</translation>
    </message>
    <message>
        <source>%1 of the %2 messages sent in the last 7 days got a reply.</source>
        <translation>%1 das %2 mensagens enviadas nos últimos 7 dias tiveram resposta.</translation>
    </message>
    <message>
        <source>Nothing sent in the last 7 days.</source>
        <translation>Nada enviado nos últimos 7 dias.</translation>
    </message>
    <message>
        <source>Unanswered budget used: %1 / %2 (%3 %): messages of the last 30 days without a reply, against this SDR&apos;s budget.</source>
        <translation>Cota de mensagens sem resposta usada: %1 / %2 (%3 %): mensagens dos últimos 30 dias sem resposta, em relação à cota deste SDR.</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR.</source>
        <translation>Os envios deste SDR estão pausados.</translation>
    </message>
    <message>
        <source>At 100 % sending pauses for this SDR.</source>
        <translation>Em 100 %, os envios deste SDR são pausados.</translation>
    </message>
    <message>
        <source>Today / the last 7 days (today included).</source>
        <translation>Hoje / últimos 7 dias (incluindo hoje).</translation>
    </message>
    <message>
        <source>Messages sent.</source>
        <translation>Mensagens enviadas.</translation>
    </message>
    <message>
        <source>Messages delivered to the lead&apos;s phone (two grey ticks).</source>
        <translation>Mensagens entregues no telefone do lead (dois tiques cinza).</translation>
    </message>
    <message>
        <source>Messages the lead read (two blue ticks).</source>
        <translation>Mensagens que o lead leu (dois tiques azuis).</translation>
    </message>
    <message>
        <source>Leads who replied.</source>
        <translation>Leads que responderam.</translation>
    </message>
    <message>
        <source>Leads who asked not to be contacted again.</source>
        <translation>Leads que pediram para não ser contatados novamente.</translation>
    </message>
    <message>
        <source>Of the messages sent in the last 7 days, the share that got a reply.</source>
        <translation>Das mensagens enviadas nos últimos 7 dias, a parcela que teve resposta.</translation>
    </message>
    <message>
        <source>Messages of the last 30 days without a reply, against the SDR&apos;s unanswered budget. Flagged at 80 %; at 100 % sending pauses for the SDR.</source>
        <translation>Mensagens dos últimos 30 dias sem resposta, em relação à cota de mensagens sem resposta do SDR. Sinalizado em 80 %; em 100 %, os envios do SDR são pausados.</translation>
    </message>
    <message>
        <source>Leads waiting to be sent.</source>
        <translation>Leads aguardando envio.</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taxa de resposta</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
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
        <translation>Precisam de atenção</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Enviados hoje</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Falhas hoje</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Aguardando decisão</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>Estes leads estavam sendo enviados quando o aplicativo parou, e o WhatsApp não confirmou se foram enviados; ou outro SDR enviou mensagem para o telefone deles recentemente. Envie ou descarte cada um.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Send again / anyway</source>
        <translation>Reenviar / enviar mesmo assim</translation>
    </message>
    <message>
        <source>Contacted recently by another SDR</source>
        <translation>Contatado recentemente por outro SDR</translation>
    </message>
    <message>
        <source>Send not confirmed</source>
        <translation>Envio não confirmado</translation>
    </message>
    <message>
        <source>Replied today</source>
        <translation>Respostas hoje</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Envios e respostas por hora hoje</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>O diretório de dados %1 é um arquivo, não uma pasta.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Não foi possível criar o diretório de dados %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>Não é possível gravar no diretório de dados %1.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The demo could not start its simulated CRM and WhatsApp on 127.0.0.1.</source>
        <translation>A demonstração não conseguiu iniciar o CRM e o WhatsApp simulados em 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Checking the chat of lead %1: was it sent before the interruption?</source>
        <translation>Verificando a conversa do lead %1: foi enviado antes da interrupção?</translation>
    </message>
    <message>
        <source>Lead %1 could not be checked (%2); held for a person.</source>
        <translation>O lead %1 não pôde ser verificado (%2); aguardando uma pessoa.</translation>
    </message>
    <message>
        <source>Lost track of lead %1 (%2); it will be checked before anything else.</source>
        <translation>O acompanhamento do lead %1 foi perdido (%2); ele será verificado antes de qualquer outro.</translation>
    </message>
    <message>
        <source>Lead %1 sent.</source>
        <translation>Lead %1 enviado.</translation>
    </message>
    <message>
        <source>Lead %1 failed: %2</source>
        <translation>O lead %1 falhou: %2</translation>
    </message>
    <message>
        <source>Lead %1 not sent yet (%2); it stays queued.</source>
        <translation>Lead %1 ainda não enviado (%2); continua na fila.</translation>
    </message>
    <message>
        <source>Lead %1: sending was not confirmed; checking the chat.</source>
        <translation>Lead %1: o envio não foi confirmado; verificando a conversa.</translation>
    </message>
    <message>
        <source>Lead %1 was found in its chat: sent.</source>
        <translation>O lead %1 foi encontrado na conversa: enviado.</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat; it will be sent again.</source>
        <translation>O lead %1 não está na conversa; será enviado novamente.</translation>
    </message>
    <message>
        <source>Lead %1 could not be verified; held for a person to resend or drop.</source>
        <translation>O lead %1 não pôde ser verificado; aguardando uma pessoa reenviar ou descartar.</translation>
    </message>
    <message>
        <source>The local store can be written again; sending goes on.</source>
        <translation>Já é possível gravar no armazenamento local de novo; os envios continuam.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1: %2); sending for this SDR waits %3 s.</source>
        <translation>Não foi possível gravar no armazenamento local (%1: %2); os envios deste SDR aguardam %3 s.</translation>
    </message>
    <message>
        <source>failing lead %1</source>
        <translation>marcando o lead %1 como falho</translation>
    </message>
    <message>
        <source>starting lead %1</source>
        <translation>iniciando o envio do lead %1</translation>
    </message>
    <message>
        <source>queueing lead %1</source>
        <translation>colocando o lead %1 na fila</translation>
    </message>
    <message>
        <source>Resend of lead %1: checking its chat first, so it never goes out twice.</source>
        <translation>Reenvio do lead %1: verificando a conversa antes, para que nunca seja enviado duas vezes.</translation>
    </message>
    <message>
        <source>recording lead %1 as sent</source>
        <translation>registrando o lead %1 como enviado</translation>
    </message>
    <message>
        <source>Lead %1 sent (confirmed late).</source>
        <translation>Lead %1 enviado (confirmado com atraso).</translation>
    </message>
    <message>
        <source>not sent after %1 tries (%2)</source>
        <translation>não enviado após %1 tentativas (%2)</translation>
    </message>
    <message>
        <source>Lead %1 failed after %2 tries: %3</source>
        <translation>O lead %1 falhou após %2 tentativas: %3</translation>
    </message>
    <message>
        <source>deferring lead %1</source>
        <translation>adiando o lead %1</translation>
    </message>
    <message>
        <source>Lead %1 not sent (%2); tried again in %3 s, the next leads go first.</source>
        <translation>Lead %1 não enviado (%2); nova tentativa em %3 s, os próximos leads vão antes.</translation>
    </message>
    <message>
        <source>not found in the chat after %1 attempts; not resent automatically again</source>
        <translation>não encontrado na conversa após %1 tentativas; não será reenviado automaticamente de novo</translation>
    </message>
    <message>
        <source>holding lead %1</source>
        <translation>retendo o lead %1</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat after %2 attempts; held for a person to resend or drop.</source>
        <translation>O lead %1 não está na conversa após %2 tentativas; aguardando uma pessoa reenviar ou descartar.</translation>
    </message>
    <message>
        <source>Lead %1: its chat could not be checked; sent again as the person asked.</source>
        <translation>Lead %1: não foi possível verificar a conversa; será enviado novamente, como a pessoa pediu.</translation>
    </message>
    <message>
        <source>Lead %1 not sent: %2.</source>
        <translation>Lead %1 não enviado: %2.</translation>
    </message>
    <message>
        <source>Lead %1 held for a person: %2. Send it anyway or drop it.</source>
        <translation>Lead %1 aguardando uma pessoa: %2. Envie-o mesmo assim ou descarte-o.</translation>
    </message>
    <message>
        <source>Sending paused: %1. It resumes when leads reply, old sends age out, or the budget is raised.</source>
        <translation>Envios pausados: %1. Eles são retomados quando os leads responderem, os envios antigos expirarem ou a cota for aumentada.</translation>
    </message>
    <message>
        <source>Sending resumed: the unanswered budget allows it again.</source>
        <translation>Envios retomados: a cota de mensagens sem resposta voltou a permitir.</translation>
    </message>
    <message>
        <source>syncing lead %1 to the disk</source>
        <translation>sincronizando o lead %1 com o disco</translation>
    </message>
    <message>
        <source>the session stopped being ready before Send</source>
        <translation>a sessão deixou de estar pronta antes de Enviar</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>opt-out reply (&quot;%1&quot;)</source>
        <translation>resposta de descadastro (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again; no SDR will message it.</source>
        <translation>%1 pediu para não ser contatado novamente; nenhum SDR enviará mensagens para ele.</translation>
    </message>
    <message>
        <source>Lead %1 (%2) asked not to be contacted again; no SDR will message it.</source>
        <translation>O lead %1 (%2) pediu para não ser contatado novamente; nenhum SDR enviará mensagens para ele.</translation>
    </message>
</context>
<context>
    <name>ImportLeadsDialog</name>
    <message>
        <source>Choose a CSV file of leads</source>
        <translation>Escolha um arquivo CSV de leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Escolha um arquivo primeiro.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>Importing leads is not available in this set-up.</source>
        <translation>A importação de leads não está disponível nesta configuração.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
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
            <numerusform>%n já conhecido, mantido como estava.</numerusform>
            <numerusform>%n já conhecidos, mantidos como estavam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n linha recusada:</numerusform>
            <numerusform>%n linhas recusadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar leads</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
            <numerusform>Importação cancelada: %n lead importado antes do cancelamento continua na fila; o restante do arquivo não foi importado. Importar o mesmo arquivo de novo adiciona só o restante.</numerusform>
            <numerusform>Importação cancelada: %n leads importados antes do cancelamento continuam na fila; o restante do arquivo não foi importado. Importar o mesmo arquivo de novo adiciona só o restante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importação cancelada: nada foi importado.</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row and the columns id, assigned_sdr_id, name, phone and message. Each lead is sent only through its assigned SDR&apos;s WhatsApp; rows that do not pass the checks are listed below and not imported. Cancel stops an import: the leads imported until then stay, and importing the same file again adds only the rest.</source>
        <translation>Escolha um arquivo CSV com uma linha de cabeçalho e as colunas id, assigned_sdr_id, name, phone e message. Cada lead é enviado somente pelo WhatsApp do SDR atribuído a ele; as linhas que não passam nas verificações são listadas abaixo e não são importadas. Cancelar interrompe uma importação: os leads importados até então permanecem, e importar o mesmo arquivo de novo adiciona só o restante.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>SDR Sender is already running for %1 (process %2 on host %3, started by %4). Use that window, or quit it first.</source>
        <translation>O SDR Sender já está em execução para %1 (processo %2 no host %3, iniciado por %4). Use aquela janela ou feche-a antes.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>SDR Sender is already running for %1 (the lock file %2 is held by another process).</source>
        <translation>O SDR Sender já está em execução para %1 (o arquivo de trava %2 está em uso por outro processo).</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>Não foi possível criar o arquivo de trava %1: permissão negada.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Não foi possível criar o arquivo de trava %1.</translation>
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
        <translation>Não foi possível gravar no armazenamento local (%1); o envio de eventos de leads aguarda.</translation>
    </message>
    <message>
        <source>Reporting the %1 event of lead %2 failed (%3); retrying.</source>
        <translation>Falha ao informar o evento %1 do lead %2 (%3); tentando novamente.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retido</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondeu</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrado</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>ID do lead</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>All SDRs</source>
        <translation>Todos os SDRs</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>Não foi possível ler os leads: %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n lead(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Exibindo %n lead, o mais recente; refine os filtros para ver os mais antigos.</numerusform>
            <numerusform>Exibindo os %n leads mais recentes; refine os filtros para ver os mais antigos.</numerusform>
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
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falha na exportação: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Search name, phone or reply</source>
        <translation>Pesquisar nome, telefone ou resposta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the leads shown (with the current filters) as a CSV file</source>
        <translation>Salvar os leads exibidos (com os filtros atuais) em um arquivo CSV</translation>
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
        <translation>Descartar este lead? Ele será informado ao CRM como falho e não será enviado.</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation>Desconectar WhatsApp</translation>
    </message>
    <message>
        <source>Log %1 out of WhatsApp Web on this computer? Their browser profile here is wiped and a new QR scan is needed to send again.</source>
        <translation>Desconectar %1 do WhatsApp Web neste computador? O perfil do navegador aqui será apagado e será preciso escanear o QR novamente para voltar a enviar.</translation>
    </message>
    <message>
        <source>Remove SDR</source>
        <translation>Remover SDR</translation>
    </message>
    <message>
        <source>Remove %1 from this app? Their WhatsApp session here is closed; the send history stays.</source>
        <translation>Remover %1 deste aplicativo? A sessão do WhatsApp aqui será encerrada; o histórico de envios é mantido.</translation>
    </message>
    <message>
        <source>About SDR Sender</source>
        <translation>Sobre o SDR Sender</translation>
    </message>
    <message>
        <source>SDR Sender %1</source>
        <translation>SDR Sender %1</translation>
    </message>
    <message>
        <source>Sends each lead from the WhatsApp of the SDR it is assigned to, at a human pace, and reports every result to the CRM.</source>
        <translation>Envia cada lead pelo WhatsApp do SDR ao qual ele está atribuído, em ritmo humano, e informa cada resultado ao CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SDR(s) connected</source>
        <translation>
            <numerusform>%1 de %n SDR conectado</numerusform>
            <numerusform>%1 de %n SDRs conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n precisa de atenção</numerusform>
            <numerusform>%n precisam de atenção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n na fila</numerusform>
            <numerusform>%n na fila</numerusform>
        </translation>
    </message>
    <message>
        <source>Local leads (no CRM)</source>
        <translation>Leads locais (sem CRM)</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>SDRs (%1)</source>
        <translation>SDRs (%1)</translation>
    </message>
    <message>
        <source>SDR Sender — DEMO</source>
        <translation>SDR Sender — DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>DEMO — simulated CRM and WhatsApp, no real messages are sent</source>
        <translation>DEMONSTRAÇÃO — CRM e WhatsApp simulados, nenhuma mensagem real é enviada</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de atividades</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>&amp;Importar leads…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Registro de atividades</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SDR Sender</source>
        <translation>&amp;Sobre o SDR Sender</translation>
    </message>
    <message>
        <source>&amp;Add SDR…</source>
        <translation>&amp;Adicionar SDR…</translation>
    </message>
    <message>
        <source>SDRs come from the CRM&apos;s list.</source>
        <translation>Os SDRs vêm da lista do CRM.</translation>
    </message>
    <message>
        <source>Check WhatsApp Web</source>
        <translation>Verificar WhatsApp Web</translation>
    </message>
    <message>
        <source>Everything sending needs was found on WhatsApp Web.</source>
        <translation>Tudo o que o envio precisa foi encontrado no WhatsApp Web.</translation>
    </message>
    <message>
        <source>Something SDR Sender needs was not found on WhatsApp Web, or could not be checked. See the details.</source>
        <translation>Algo de que o SDR Sender precisa não foi encontrado no WhatsApp Web ou não pôde ser verificado. Veja os detalhes.</translation>
    </message>
    <message>
        <source>&amp;Check WhatsApp Web</source>
        <translation>&amp;Verificar WhatsApp Web</translation>
    </message>
    <message>
        <source>Check the open SDR&apos;s WhatsApp Web page (or a fresh one) against every selector the app uses</source>
        <translation>Verifica a página do WhatsApp Web do SDR aberto (ou uma nova) com cada seletor que o aplicativo usa</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Mecanismo: %1</translation>
    </message>
    <message>
        <source>&amp;Suppression list…</source>
        <translation>Lista de &amp;exclusão…</translation>
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
        <translation>&amp;Notificar-me quando um lead responder</translation>
    </message>
    <message>
        <source>A desktop notification for each reply. Your choice on this computer only.</source>
        <translation>Uma notificação na área de trabalho para cada resposta. Sua escolha vale só neste computador.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 needs a QR scan</source>
        <translation>%1 precisa escanear o QR</translation>
    </message>
    <message>
        <source>Open %1 in SDR Sender and scan the QR code with their phone. Nothing is sent for this SDR until then.</source>
        <translation>Abra %1 no SDR Sender e escaneie o código QR com o telefone. Nada é enviado por este SDR até lá.</translation>
    </message>
    <message>
        <source>%1 dropped out</source>
        <translation>%1 desconectou</translation>
    </message>
    <message>
        <source>%1 is no longer connected (%2). Sending for this SDR is paused.</source>
        <translation>%1 não está mais conectado (%2). Os envios deste SDR estão pausados.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n send(s) for %1 failed.</source>
        <translation>
            <numerusform>O último envio de %1 falhou.</numerusform>
            <numerusform>Os últimos %n envios de %1 falharam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reason: %1.</source>
        <translation>Último motivo: %1.</translation>
    </message>
    <message>
        <source>Sending fails for %1</source>
        <translation>Os envios de %1 estão falhando</translation>
    </message>
    <message>
        <source>%1 is paused by a WhatsApp warning</source>
        <translation>%1 está pausado por um aviso do WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning or an unknown dialog for %1. Nothing is sent for this SDR until someone reads it and presses Resume sending.</source>
        <translation>O WhatsApp mostrou um aviso ou uma caixa de diálogo desconhecida para %1. Nada é enviado para este SDR até que alguém a leia e clique em Retomar envios.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses the browser for %1</source>
        <translation>O WhatsApp Web recusa o navegador de %1</translation>
    </message>
    <message>
        <source>WhatsApp Web does not accept this app&apos;s browser engine. Nothing is sent for %1; see the session for what to do.</source>
        <translation>O WhatsApp Web não aceita o mecanismo de navegador deste aplicativo. Nada é enviado para %1; veja a sessão para saber o que fazer.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation>%1 respondeu a %2</translation>
    </message>
</context>
<context>
    <name>PageProbe</name>
    <message>
        <source>The built-in selector pack is missing or invalid.</source>
        <translation>O pacote de seletores embutido está ausente ou é inválido.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); the built-in selectors are used.</source>
        <translation>%1 não é um objeto JSON (%2); os seletores embutidos são usados.</translation>
    </message>
    <message>
        <source>The probe script %1 is missing.</source>
        <translation>O script de sondagem %1 está ausente.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>O número de telefone está vazio.</translation>
    </message>
    <message>
        <source>The phone number is far too long.</source>
        <translation>O número de telefone é longo demais.</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only stand at the start of the number.</source>
        <translation>O &apos;+&apos; só pode aparecer no início do número.</translation>
    </message>
    <message>
        <source>The phone number contains characters other than digits.</source>
        <translation>O número de telefone contém caracteres que não são dígitos.</translation>
    </message>
    <message>
        <source>The phone number has fewer than 7 digits.</source>
        <translation>O número de telefone tem menos de 7 dígitos.</translation>
    </message>
    <message>
        <source>The phone number has more than 15 digits.</source>
        <translation>O número de telefone tem mais de 15 dígitos.</translation>
    </message>
    <message>
        <source>The phone number must start with its country code, not 0.</source>
        <translation>O número de telefone deve começar com o código do país, não com 0.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The SDR id &quot;%1&quot; cannot be used as a profile name.</source>
        <translation>O id de SDR &quot;%1&quot; não pode ser usado como nome de perfil.</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>Não foi possível criar o diretório de perfil %1.</translation>
    </message>
    <message>
        <source>Cannot remove the profile directory %1.</source>
        <translation>Não foi possível remover o diretório de perfil %1.</translation>
    </message>
</context>
<context>
    <name>ResultReporter</name>
    <message>
        <source>The CRM no longer assigns lead %1 to this SDR (409).</source>
        <translation>O CRM não atribui mais o lead %1 a este SDR (409).</translation>
    </message>
    <message>
        <source>Reporting lead %1 failed (%2); retrying.</source>
        <translation>Falha ao informar o lead %1 (%2); tentando novamente.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1); reporting waits.</source>
        <translation>Não foi possível gravar no armazenamento local (%1); o envio de relatórios aguarda.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Lead %1 not sent: %2 (%3)</source>
        <translation>Lead %1 não enviado: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without a usable id in the queue were ignored (cannot be reported).</source>
        <translation>
            <numerusform>%n lead sem id utilizável na fila foi ignorado (não pode ser informado).</numerusform>
            <numerusform>%n leads sem id utilizável na fila foram ignorados (não podem ser informados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 is no longer assigned to this SDR; it will not be sent.</source>
        <translation>O lead %1 não está mais atribuído a este SDR; não será enviado.</translation>
    </message>
    <message>
        <source>Lead %1 was moved to this SDR; it will be sent from here.</source>
        <translation>O lead %1 foi transferido para este SDR; será enviado daqui.</translation>
    </message>
    <message>
        <source>Lead %1 was sent already; its result is reported again.</source>
        <translation>O lead %1 já foi enviado; o resultado é informado novamente.</translation>
    </message>
</context>
<context>
    <name>SdrDirectory</name>
    <message numerus="yes">
        <source>%n invalid SDR entry(s) in the CRM&apos;s list were ignored.</source>
        <translation>
            <numerusform>%n entrada de SDR inválida na lista do CRM foi ignorada.</numerusform>
            <numerusform>%n entradas de SDR inválidas na lista do CRM foram ignoradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrItemDelegate</name>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
</context>
<context>
    <name>SdrListModel</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n conversa não lida</numerusform>
            <numerusform>%n conversas não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrRepository</name>
    <message>
        <source>An SDR needs an id.</source>
        <translation>Um SDR precisa de um id.</translation>
    </message>
    <message>
        <source>Cannot save the SDR %1: %2</source>
        <translation>Não foi possível salvar o SDR %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the SDR %1: %2</source>
        <translation>Não foi possível atualizar o SDR %1: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>Não existe o SDR &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot remove the SDR %1: %2</source>
        <translation>Não foi possível remover o SDR %1: %2</translation>
    </message>
</context>
<context>
    <name>SenderEngine</name>
    <message>
        <source>TLS error talking to %1: %2. The connection was refused.</source>
        <translation>Erro de TLS ao falar com %1: %2. A conexão foi recusada.</translation>
    </message>
    <message>
        <source>The CRM refused the token. Polling and sending are stopped until you sign in again.</source>
        <translation>O CRM recusou o token. A consulta e os envios ficam parados até você entrar novamente.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as send_timeout).</source>
        <translation>Lead %1 descartado por uma pessoa (informado como send_timeout).</translation>
    </message>
    <message>
        <source>Hosted on %1: another SDR Sender serves this SDR; this one does not poll or send for it.</source>
        <translation>Hospedado em %1: outro SDR Sender atende este SDR; este não consulta nem envia por ele.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent lead(s) of this SDR cancelled: it is no longer active.</source>
        <translation>
            <numerusform>%n lead não enviado deste SDR foi cancelado: ele não está mais ativo.</numerusform>
            <numerusform>%n leads não enviados deste SDR foram cancelados: ele não está mais ativo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM does not support claims (Sender API v1): this SDR Sender assumes it is the only one serving these SDRs.</source>
        <translation>O CRM não oferece suporte a reservas (Sender API v1): este SDR Sender presume que é o único que atende estes SDRs.</translation>
    </message>
    <message>
        <source>This SDR Sender now serves this SDR (claim held).</source>
        <translation>Este SDR Sender agora atende este SDR (reserva obtida).</translation>
    </message>
    <message>
        <source>This SDR Sender no longer holds the claim of this SDR: polling and sending stopped.</source>
        <translation>Este SDR Sender não tem mais a reserva deste SDR: a consulta e os envios foram parados.</translation>
    </message>
    <message>
        <source>Lead %1: a person asked to send it again; its chat is checked first.</source>
        <translation>Lead %1: uma pessoa pediu para reenviá-lo; a conversa é verificada antes.</translation>
    </message>
    <message>
        <source>The CRM offers no queue-changes feed: queues are polled on the timer.</source>
        <translation>O CRM não oferece um feed de alterações da fila: as filas são consultadas periodicamente.</translation>
    </message>
    <message>
        <source>Lead %1: a person chose to send it although its phone was contacted recently.</source>
        <translation>Lead %1: uma pessoa decidiu enviá-lo, embora o telefone tenha sido contatado recentemente.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as recently_contacted).</source>
        <translation>Lead %1 descartado por uma pessoa (informado como recently_contacted).</translation>
    </message>
    <message>
        <source>This SDR id cannot be used as a session name; it has no WhatsApp session.</source>
        <translation>Este id de SDR não pode ser usado como nome de sessão; ele não tem sessão do WhatsApp.</translation>
    </message>
</context>
<context>
    <name>SendsChart</name>
    <message numerus="yes">
        <source>%n send(s) today</source>
        <translation>
            <numerusform>%n envio hoje</numerusform>
            <numerusform>%n envios hoje</numerusform>
        </translation>
    </message>
    <message>
        <source>No sends yet today</source>
        <translation>Nenhum envio hoje ainda</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Envios e respostas por hora hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) today</source>
        <translation>
            <numerusform>%n resposta hoje</numerusform>
            <numerusform>%n respostas hoje</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>its page used %1 MB of memory (limit %2 MB)</source>
        <translation>a página usava %1 MB de memória (limite de %2 MB)</translation>
    </message>
    <message>
        <source>it had been awake for %1 hours (limit %2 hours)</source>
        <translation>estava ativa havia %1 horas (limite de %2 horas)</translation>
    </message>
    <message>
        <source>WhatsApp Web was reloaded for this SDR while idle: %1. The link is kept.</source>
        <translation>A sessão do WhatsApp Web deste SDR foi recarregada enquanto estava ociosa: %1. O vínculo é mantido.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Use here</source>
        <translation>Usar aqui</translation>
    </message>
    <message>
        <source>Take this WhatsApp session back from the other window</source>
        <translation>Trazer esta sessão do WhatsApp de volta da outra janela</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Open this SDR&apos;s WhatsApp Web (and show the QR code if it is not linked)</source>
        <translation>Abrir o WhatsApp Web deste SDR (e mostrar o código QR se não estiver vinculado)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Log this SDR out of WhatsApp Web and wipe this SDR&apos;s browser profile</source>
        <translation>Desconectar este SDR do WhatsApp Web e apagar o perfil de navegador dele</translation>
    </message>
    <message>
        <source>Remove SDR…</source>
        <translation>Remover SDR…</translation>
    </message>
    <message>
        <source>Remove this SDR and its WhatsApp session from this app</source>
        <translation>Remover este SDR e a sessão do WhatsApp dele deste aplicativo</translation>
    </message>
    <message>
        <source>No SDR selected</source>
        <translation>Nenhum SDR selecionado</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último erro: %1</translation>
    </message>
    <message>
        <source>Select an SDR on the left to see their WhatsApp.</source>
        <translation>Selecione um SDR à esquerda para ver o WhatsApp dele.</translation>
    </message>
    <message>
        <source>%1&apos;s session is hibernated to save memory. It wakes up when there is something to send, or press Connect.</source>
        <translation>A sessão de %1 está hibernando para economizar memória. Ela acorda quando houver algo para enviar, ou clique em Conectar.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp Web is not open. Press Connect to open it.</source>
        <translation>O WhatsApp Web de %1 não está aberto. Clique em Conectar para abri-lo.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Retomar envios</translation>
    </message>
    <message>
        <source>You have read WhatsApp&apos;s warning: send this SDR&apos;s leads again</source>
        <translation>Você leu o aviso do WhatsApp: voltar a enviar os leads deste SDR</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Configuração desconhecida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot; não é um valor válido para %2.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Não foi possível salvar a configuração %1: %2</translation>
    </message>
    <message>
        <source>Cannot clear the setting %1: %2</source>
        <translation>Não foi possível limpar a configuração %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings of %1: %2</source>
        <translation>Não foi possível salvar as configurações de %1: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>Não existe o SDR &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be set per SDR.</source>
        <translation>%1 não pode ser definido por SDR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The token was saved in the keychain.</source>
        <translation>O token foi salvo no chaveiro.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Não foi possível salvar o token: %1</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>O token foi removido do chaveiro.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Não foi possível remover o token: %1</translation>
    </message>
    <message>
        <source>HH:mm, empty = any time</source>
        <translation>HH:mm, vazio = qualquer horário</translation>
    </message>
    <message>
        <source>CRM server URL</source>
        <translation>URL do servidor do CRM</translation>
    </message>
    <message>
        <source>WhatsApp Web URL</source>
        <translation>URL do WhatsApp Web</translation>
    </message>
    <message>
        <source>Queue check every (s)</source>
        <translation>Verificar a fila a cada (s)</translation>
    </message>
    <message>
        <source>Leads per queue check</source>
        <translation>Leads por verificação da fila</translation>
    </message>
    <message>
        <source>Shortest gap between sends (s)</source>
        <translation>Menor intervalo entre envios (s)</translation>
    </message>
    <message>
        <source>Longest gap between sends (s)</source>
        <translation>Maior intervalo entre envios (s)</translation>
    </message>
    <message>
        <source>Most sends per hour</source>
        <translation>Máximo de envios por hora</translation>
    </message>
    <message>
        <source>Most sends per day</source>
        <translation>Máximo de envios por dia</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Início do expediente</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fim do expediente</translation>
    </message>
    <message>
        <source>Warm-up days for a new number</source>
        <translation>Dias de aquecimento para um número novo</translation>
    </message>
    <message>
        <source>Sends on the first warm-up day</source>
        <translation>Envios no primeiro dia de aquecimento</translation>
    </message>
    <message>
        <source>Send timeout (s)</source>
        <translation>Tempo limite de envio (s)</translation>
    </message>
    <message>
        <source>Hibernate idle sessions after (s)</source>
        <translation>Hibernar sessões ociosas após (s)</translation>
    </message>
    <message>
        <source>Free hibernated sessions&apos; memory after (s)</source>
        <translation>Liberar a memória de sessões hibernadas após (s)</translation>
    </message>
    <message>
        <source>Most sessions awake at once</source>
        <translation>Máximo de sessões ativas ao mesmo tempo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>set on the command line</source>
        <translation>definido na linha de comando</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>do ambiente</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid.</source>
        <translation>%1: &quot;%2&quot; não é válido.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not valid.</source>
        <translation>%1 (%2): &quot;%3&quot; não é válido.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(indisponível)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removendo…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>All SDRs</source>
        <translation>Todos os SDRs</translation>
    </message>
    <message>
        <source>Per SDR</source>
        <translation>Por SDR</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>Values ticked here apply to this SDR only; the others follow the &quot;All SDRs&quot; page.</source>
        <translation>Os valores marcados aqui valem só para este SDR; os demais seguem a página &quot;Todos os SDRs&quot;.</translation>
    </message>
    <message>
        <source>CRM token:</source>
        <translation>Token do CRM:</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Novo &amp;token:</translation>
    </message>
    <message>
        <source>Paste the token from the CRM</source>
        <translation>Cole o token do CRM</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Salvar no chaveiro</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Remover do chaveiro</translation>
    </message>
    <message>
        <source>Retry a refused browser after (s)</source>
        <translation>Tentar de novo um navegador recusado após (s)</translation>
    </message>
    <message>
        <source>Wake a sleeping linked session after (s)</source>
        <translation>Acordar uma sessão vinculada adormecida após (s)</translation>
    </message>
    <message>
        <source>Watch a sent lead&apos;s chat for (days)</source>
        <translation>Acompanhar a conversa de um lead enviado por (dias)</translation>
    </message>
    <message>
        <source>Hold a lead another SDR contacted within (days)</source>
        <translation>Reter um lead que outro SDR contatou nos últimos (dias)</translation>
    </message>
    <message>
        <source>Unanswered messages allowed per 30 days</source>
        <translation>Mensagens sem resposta permitidas a cada 30 dias</translation>
    </message>
    <message>
        <source>Delete finished leads and activity after (days, 0 = never)</source>
        <translation>Excluir leads concluídos e atividades após (dias, 0 = nunca)</translation>
    </message>
    <message>
        <source>Blank the texts of finished leads after (days, 0 = never)</source>
        <translation>Apagar os textos de leads concluídos após (dias, 0 = nunca)</translation>
    </message>
    <message>
        <source>Reload an idle session using more than (MB, 0 = never)</source>
        <translation>Recarregar uma sessão ociosa que use mais de (MB, 0 = nunca)</translation>
    </message>
    <message>
        <source>Reload an idle session awake longer than (h, 0 = never)</source>
        <translation>Recarregar uma sessão ociosa ativa há mais de (h, 0 = nunca)</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
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
        <translation>Telefone offline</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Aberto em outro lugar</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número errado</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Opening WhatsApp Web…</source>
        <translation>Abrindo o WhatsApp Web…</translation>
    </message>
    <message>
        <source>Scan the QR code with this SDR&apos;s phone: WhatsApp → Settings → Linked devices → Link a device.</source>
        <translation>Escaneie o código QR com o telefone deste SDR: WhatsApp → Configurações → Dispositivos conectados → Conectar um dispositivo.</translation>
    </message>
    <message>
        <source>Linked. WhatsApp is loading the chats; sending starts when it is done.</source>
        <translation>Vinculado. O WhatsApp está carregando as conversas; os envios começam quando terminar.</translation>
    </message>
    <message>
        <source>Connected. Leads for this SDR are sent from this number.</source>
        <translation>Conectado. Os leads deste SDR são enviados deste número.</translation>
    </message>
    <message>
        <source>WhatsApp is open in another window. Press &quot;Use here&quot; to continue sending from this app.</source>
        <translation>O WhatsApp está aberto em outra janela. Clique em &quot;Usar aqui&quot; para continuar enviando por este aplicativo.</translation>
    </message>
    <message>
        <source>This device was logged out from the phone. Press Connect and scan the QR code again.</source>
        <translation>Este dispositivo foi desconectado pelo telefone. Clique em Conectar e escaneie o código QR novamente.</translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be loaded. Check the internet connection; the app keeps retrying.</source>
        <translation>Não é possível carregar o WhatsApp Web. Verifique a conexão com a internet; o aplicativo continua tentando.</translation>
    </message>
    <message>
        <source>The linked WhatsApp number is not this SDR&apos;s number. Nothing is sent; disconnect and scan with the right phone.</source>
        <translation>O número de WhatsApp vinculado não é o número deste SDR. Nada é enviado; desconecte e escaneie com o telefone certo.</translation>
    </message>
    <message>
        <source>Hibernated to save memory. It wakes by itself when there is work, or when you open it.</source>
        <translation>Hibernando para economizar memória. Acorda sozinho quando houver trabalho ou quando você abri-lo.</translation>
    </message>
    <message>
        <source>Something went wrong with this session. See the activity log for details.</source>
        <translation>Algo deu errado nesta sessão. Veja o registro de atividades para detalhes.</translation>
    </message>
    <message>
        <source>Browser refused</source>
        <translation>Navegador recusado</translation>
    </message>
    <message>
        <source>Paused: WhatsApp warning</source>
        <translation>Pausado: aviso do WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning, limit or ban notice for this number (its text is below). Sending is paused for this SDR. Read it on the page, then press Resume sending.</source>
        <translation>O WhatsApp mostrou um aviso, limite ou banimento para este número (o texto está abaixo). Os envios deste SDR estão pausados. Leia-o na página e clique em Retomar envios.</translation>
    </message>
    <message>
        <source>WhatsApp says the phone is offline. Linked devices keep sending without it; check that it has battery and internet so that it stays linked.</source>
        <translation>O WhatsApp diz que o telefone está offline. Os dispositivos conectados continuam enviando sem ele; verifique se ele tem bateria e internet para continuar vinculado.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this app&apos;s browser engine%1. Nothing is sent. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 from trixie-backports; this session tries again every few hours.</source>
        <translation>O WhatsApp Web recusa o mecanismo de navegador deste aplicativo%1. Nada é enviado. Execute o SDR Sender no Debian 13 com o Qt WebEngine 6.10 do trixie-backports; esta sessão tenta de novo a cada poucas horas.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>O banco de dados %1 está danificado ou não é um banco do SDR Sender (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do SDR Sender (esquema %2; esta versão entende até %3). Atualize o SDR Sender.</translation>
    </message>
    <message>
        <source>No SDRs yet.</source>
        <translation>Nenhum SDR ainda.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
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
        <translation>FILA</translation>
    </message>
    <message>
        <source>SENT TODAY</source>
        <translation>ENVIADOS HOJE</translation>
    </message>
    <message>
        <source>FAILED TODAY</source>
        <translation>FALHAS HOJE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERRO</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inativo)</translation>
    </message>
    <message>
        <source>UNCERTAIN</source>
        <translation>INCERTOS</translation>
    </message>
    <message>
        <source>REPLIED TODAY/7D</source>
        <translation>RESPOSTAS HOJE/7D</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; SDR Sender needs to write to it.</source>
        <translation>O banco de dados %1 é somente leitura; o SDR Sender precisa gravar nele.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SDR Sender needs to write its database there.</source>
        <translation>A pasta %1 é somente leitura; o SDR Sender precisa gravar o banco de dados nela.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>O banco de dados %1 está danificado ou não é um banco do SDR Sender (%2).</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>O banco de dados %1 falhou na verificação de integridade: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Não foi possível configurar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender, or use another data directory.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do SDR Sender (esquema %2; esta versão entende até %3). Atualize o SDR Sender ou use outro diretório de dados.</translation>
    </message>
    <message>
        <source>Cannot start a migration of %1: %2</source>
        <translation>Não foi possível iniciar a migração de %1: %2</translation>
    </message>
    <message>
        <source>Cannot migrate %1 from schema %2 to %3: %4</source>
        <translation>Não foi possível migrar %1 do esquema %2 para o %3: %4</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusão</translation>
    </message>
    <message>
        <source>No SDR sends to these phones. Phones that replied with an opt-out are added automatically; a lead for a listed phone is reported as failed (opted_out) without opening its chat.</source>
        <translation>Nenhum SDR envia mensagens para estes telefones. Os telefones que responderam pedindo descadastro são adicionados automaticamente; um lead de um telefone da lista é informado como falho (opted_out) sem abrir a conversa.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Opt-out reply</source>
        <translation>Resposta de descadastro</translation>
    </message>
    <message>
        <source>Added by a person</source>
        <translation>Adicionado por uma pessoa</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Importação de CSV</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Adicionar um telefone</translation>
    </message>
    <message>
        <source>Phone number (with country code):</source>
        <translation>Número de telefone (com código do país):</translation>
    </message>
    <message>
        <source>Why may nobody message it?</source>
        <translation>Por que ninguém deve enviar mensagens para este número?</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Adicionado.</translation>
    </message>
    <message>
        <source>That phone is on the list already.</source>
        <translation>Esse telefone já está na lista.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Why may this phone be messaged again? (kept in the activity log)</source>
        <translation>Por que este telefone pode receber mensagens novamente? (fica no registro de atividades)</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removido.</translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>Importar lista de exclusão</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n telefone adicionado</numerusform>
            <numerusform>%n telefones adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n já estava na lista</numerusform>
            <numerusform>%n já estavam na lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n linha recusada: %1</numerusform>
            <numerusform>%n linhas recusadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Exportar lista de exclusão</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n phone(s).</source>
        <translation>
            <numerusform>%n telefone exportado.</numerusform>
            <numerusform>%n telefones exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>import cancelled: the rest of the file was not imported</source>
        <translation>importação cancelada: o restante do arquivo não foi importado</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; não é um número de telefone.</translation>
    </message>
    <message>
        <source>Say why the phone may be contacted again.</source>
        <translation>Informe por que o telefone pode ser contatado novamente.</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 não está na lista de exclusão.</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list: %2</source>
        <translation>%1 removido da lista de exclusão: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>O arquivo é maior que %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>O arquivo não é texto UTF-8. Salve-o como &quot;CSV UTF-8&quot; e importe novamente.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The header must name a phone column.</source>
        <translation>O cabeçalho deve incluir uma coluna phone.</translation>
    </message>
    <message>
        <source>imported from a CSV file</source>
        <translation>importado de um arquivo CSV</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Não foi possível gravar no banco de dados: %1</translation>
    </message>
    <message>
        <source>Line %1: no phone.</source>
        <translation>Linha %1: sem telefone.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added to the suppression list from a CSV file.</source>
        <translation>
            <numerusform>%n telefone adicionado à lista de exclusão a partir de um arquivo CSV.</numerusform>
            <numerusform>%n telefones adicionados à lista de exclusão a partir de um arquivo CSV.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>No translation for &quot;%1&quot;.</source>
        <translation>Sem tradução para &quot;%1&quot;.</translation>
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
        <translation>&amp;Mostrar o SDR Sender</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>WhatsAppDoctor</name>
    <message>
        <source>WhatsApp Web did not settle in time (still %1).</source>
        <translation>O WhatsApp Web não terminou de carregar a tempo (ainda em %1).</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat did not open by the deep link in time.</source>
        <translation>O chat do próprio SDR não abriu a tempo pelo link direto.</translation>
    </message>
    <message>
        <source>There is no WhatsApp Web page to check.</source>
        <translation>Não há página do WhatsApp Web para verificar.</translation>
    </message>
    <message>
        <source>WhatsApp says the SDR&apos;s own number is invalid.</source>
        <translation>O WhatsApp diz que o número do próprio SDR é inválido.</translation>
    </message>
    <message>
        <source>not used by this version</source>
        <translation>não usado por esta versão</translation>
    </message>
    <message>
        <source>WhatsApp Web shows its refusal page (&quot;works with Google Chrome&quot;) for this engine. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 (trixie-backports), or set &quot;userAgent&quot; in the override file.</source>
        <translation>O WhatsApp Web mostra a página de recusa (&quot;works with Google Chrome&quot;) para este mecanismo. Execute o SDR Sender no Debian 13 com o Qt WebEngine 6.10 (trixie-backports) ou defina &quot;userAgent&quot; no arquivo de substituição.</translation>
    </message>
    <message>
        <source>Not linked: what sending needs could not be checked. Link this SDR in the app, close it, then run sdr-sender --doctor --sdr ID.</source>
        <translation>Não vinculado: não foi possível verificar o que o envio precisa. Vincule este SDR no aplicativo, feche-o e execute sdr-sender --doctor --sdr ID.</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat shows no message of theirs: outgoingMessage, messageText and statusIcon could not be checked.</source>
        <translation>O chat do próprio SDR não mostra nenhuma mensagem dele: outgoingMessage, messageText e statusIcon não puderam ser verificados.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>SDR Sender: WhatsApp Web check</source>
        <translation>SDR Sender: verificação do WhatsApp Web</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuário</translation>
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
        <translation>Página de recusa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Own chat</source>
        <translation>Chat próprio</translation>
    </message>
    <message>
        <source>opened by the deep link, not sent: compose box %1, prefilled %2, Send button %3</source>
        <translation>aberto pelo link direto, sem enviar: caixa de texto %1, preenchida %2, botão Enviar %3</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>não aberto</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>FOUND</source>
        <translation>ENCONTRADO</translation>
    </message>
    <message>
        <source>WHERE IT APPLIES</source>
        <translation>ONDE SE APLICA</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVÁLIDO</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>sim (%1)</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTANDO</translation>
    </message>
    <message>
        <source> [needed to send]</source>
        <translation> [necessário para enviar]</translation>
    </message>
    <message>
        <source>Result: OK. Everything sending needs was found.</source>
        <translation>Resultado: OK. Tudo o que o envio precisa foi encontrado.</translation>
    </message>
    <message>
        <source>Result: NOT OK.</source>
        <translation>Resultado: NÃO OK.</translation>
    </message>
    <message>
        <source>Missing: %1. Put corrected values for these keys in %2 (a JSON object with just those keys); it takes effect at the next start.</source>
        <translation>Faltando: %1. Coloque valores corrigidos para essas chaves em %2 (um objeto JSON só com essas chaves); vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>The page of a running session was checked as it is; its own chat was not opened because the session was busy (try again when it is idle).</source>
        <translation>A página de uma sessão em execução foi verificada como está; o próprio chat não foi aberto porque a sessão estava ocupada (tente novamente quando ela estiver ociosa).</translation>
    </message>
</context>
<context>
    <name>WhatsAppSession</name>
    <message>
        <source>WhatsApp showed a dialog over the chat</source>
        <translation>O WhatsApp mostrou uma caixa de diálogo sobre o chat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Tente &apos;%1 --help&apos; para mais informações.</translation>
    </message>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Não foi possível criar uma pasta temporária para a demonstração.</translation>
    </message>
    <message>
        <source>Close SDR Sender first, or use Help &gt; Check WhatsApp Web in it.</source>
        <translation>Feche o SDR Sender antes, ou use Ajuda &gt; Verificar WhatsApp Web nele.</translation>
    </message>
    <message>
        <source>There is no WhatsApp profile for the SDR &quot;%1&quot; in %2.</source>
        <translation>Não há perfil do WhatsApp para o SDR &quot;%1&quot; em %2.</translation>
    </message>
</context>
</TS>
