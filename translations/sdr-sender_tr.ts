<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>ActivityExportJob</name>
    <message>
        <source>Cannot read the activity log: %1</source>
        <translation>Etkinlik günlüğü okunamıyor: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapor</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>(app)</source>
        <translation>(uygulama)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>All SDRs</source>
        <translation>Tüm SDR&apos;lar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Export activity log</source>
        <translation>Etkinlik günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 konumuna aktarıldı</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak aktar…</translation>
    </message>
    <message>
        <source>Save the entries shown (with the current filters) as a CSV file</source>
        <translation>Gösterilen kayıtları (geçerli filtrelerle) CSV dosyası olarak kaydet</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>AddSdrDialog</name>
    <message>
        <source>Add SDR</source>
        <translation>SDR ekle</translation>
    </message>
    <message>
        <source>e.g. sdr_john</source>
        <translation>örn. sdr_ahmet</translation>
    </message>
    <message>
        <source>e.g. John Smith</source>
        <translation>örn. Ahmet Yılmaz</translation>
    </message>
    <message>
        <source>optional, e.g. +15551234567</source>
        <translation>isteğe bağlı, örn. +15551234567</translation>
    </message>
    <message>
        <source>The number this SDR&apos;s WhatsApp should be linked to. When set, a session linked to another number is flagged and does not send.</source>
        <translation>Bu SDR&apos;ın WhatsApp&apos;ının bağlanması gereken numara. Girildiğinde, başka bir numaraya bağlı oturum işaretlenir ve gönderim yapmaz.</translation>
    </message>
    <message>
        <source>SDR id:</source>
        <translation>SDR kimliği:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>WhatsApp number:</source>
        <translation>WhatsApp numarası:</translation>
    </message>
    <message>
        <source>The SDR id must be 1 to 64 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;.</source>
        <translation>SDR kimliği harf, rakam, &apos;_&apos;, &apos;-&apos; veya &apos;.&apos; karakterlerinden oluşmalı ve 1 ile 64 karakter arasında olmalı.</translation>
    </message>
    <message>
        <source>There is already an SDR with the id &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; kimliğine sahip bir SDR zaten var.</translation>
    </message>
    <message>
        <source>Enter the SDR&apos;s name.</source>
        <translation>SDR&apos;ın adını girin.</translation>
    </message>
    <message>
        <source>The WhatsApp number is not valid: %1</source>
        <translation>WhatsApp numarası geçerli değil: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>WhatsApp was disconnected and this SDR&apos;s session data was wiped.</source>
        <translation>WhatsApp bağlantısı kesildi ve bu SDR&apos;ın oturum verileri silindi.</translation>
    </message>
    <message>
        <source>Disconnecting WhatsApp did not finish cleanly; see the log.</source>
        <translation>WhatsApp bağlantısının kesilmesi düzgün tamamlanmadı; günlüğe bakın.</translation>
    </message>
    <message>
        <source>The CRM needs a valid token: open Settings and sign in. %1</source>
        <translation>CRM geçerli bir belirteç istiyor: Ayarlar&apos;ı açıp oturum açın. %1</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Simulate the SDR&apos;s phone scanning the QR code</source>
        <translation>SDR&apos;ın telefonunun QR kodunu taramasını taklit et</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open an SDR whose session shows a QR code first.</source>
        <translation>Önce oturumunda QR kodu görünen bir SDR açın.</translation>
    </message>
    <message>
        <source>The CRM server setting was changed. Restart SDR Sender to use it.</source>
        <translation>CRM sunucusu ayarı değişti. Kullanmak için SDR Sender&apos;ı yeniden başlatın.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Yeniden başlatma gerekli</translation>
    </message>
    <message>
        <source>WhatsApp did not confirm the logout. Remove this device on the SDR&apos;s phone: WhatsApp &gt; Settings &gt; Linked devices.</source>
        <translation>WhatsApp oturumun kapatıldığını onaylamadı. Bu cihazı SDR&apos;ın telefonundan kaldırın: WhatsApp &gt; Ayarlar &gt; Bağlı cihazlar.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Bağlantıyı kes</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SDR Sender sends CRM leads through each SDR&apos;s own WhatsApp Web session.

Environment: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (the CRM token when the keychain has none), SDR_SENDER_WHATSAPP_URL.</source>
        <translation>SDR Sender, CRM&apos;deki potansiyel müşterileri her SDR&apos;ın kendi WhatsApp Web oturumu üzerinden gönderir.

Ortam değişkenleri: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (anahtarlıkta yoksa CRM belirteci), SDR_SENDER_WHATSAPP_URL.</translation>
    </message>
    <message>
        <source>Keep the database, lock and WhatsApp profiles in &lt;dir&gt; (default: $SDR_SENDER_DATA_DIR, else %1).</source>
        <translation>Veritabanını, kilidi ve WhatsApp profillerini &lt;dir&gt; içinde tut (varsayılan: $SDR_SENDER_DATA_DIR, yoksa %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>The CRM&apos;s base URL (http or https), e.g. https://crm.example.com. Overrides $SDR_SENDER_SERVER and the stored setting.</source>
        <translation>CRM&apos;in temel URL&apos;si (http veya https), örneğin https://crm.example.com. $SDR_SENDER_SERVER ve kayıtlı ayarın yerine geçer.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The WhatsApp Web address (default https://web.whatsapp.com/).</source>
        <translation>WhatsApp Web adresi (varsayılan https://web.whatsapp.com/).</translation>
    </message>
    <message>
        <source>Print every SDR&apos;s connection status and queue figures, then exit.</source>
        <translation>Her SDR&apos;ın bağlantı durumunu ve kuyruk rakamlarını yazdır, sonra çık.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Beklenmeyen bağımsız değişken: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir bir klasör gerektirir.</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>Veri dizini %1 bir dosya, klasör değil.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--server: &quot;%1&quot; ana makine adı olan bir http(s) URL&apos;si değil.</translation>
    </message>
    <message>
        <source>--whatsapp-url: &quot;%1&quot; is not an http(s) URL with a host name.</source>
        <translation>--whatsapp-url: &quot;%1&quot; ana makine adı olan bir http(s) URL&apos;si değil.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL with a host name.</source>
        <translation>%1: &quot;%2&quot; ana makine adı olan bir http(s) URL&apos;si değil.</translation>
    </message>
    <message>
        <source>-%1 is a window option; --status opens no window.</source>
        <translation>-%1 bir pencere seçeneğidir; --status pencere açmaz.</translation>
    </message>
    <message>
        <source>Run against a built-in fake CRM and fake WhatsApp Web (nothing is really sent), in a throwaway data directory unless --data-dir is given.</source>
        <translation>Yerleşik sahte bir CRM ve sahte WhatsApp Web ile çalış (gerçekte hiçbir şey gönderilmez); --data-dir verilmedikçe geçici bir veri dizini kullanılır.</translation>
    </message>
    <message>
        <source>Load WhatsApp Web and check it against every selector SDR Sender uses (with --sdr: in that SDR&apos;s profile, opening their own chat without sending), print the result and exit; exit code 0 only when everything sending needs was found.</source>
        <translation>WhatsApp Web&apos;i yükler ve SDR Sender&apos;ın kullandığı her seçiciyle denetler (--sdr ile: o SDR&apos;ın profilinde, göndermeden kendi sohbetini açarak), sonucu yazdırır ve çıkar; çıkış kodu yalnızca göndermek için gereken her şey bulunduğunda 0&apos;dır.</translation>
    </message>
    <message>
        <source>With --doctor: use this SDR&apos;s WhatsApp profile (the app must be closed).</source>
        <translation>--doctor ile: bu SDR&apos;ın WhatsApp profilini kullan (uygulama kapalı olmalı).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>kimlik</translation>
    </message>
    <message>
        <source>With --status or --doctor: print JSON instead of a table.</source>
        <translation>--status veya --doctor ile: tablo yerine JSON yazdır.</translation>
    </message>
    <message>
        <source>--sdr only goes with --doctor.</source>
        <translation>--sdr yalnızca --doctor ile kullanılır.</translation>
    </message>
    <message>
        <source>--sdr needs an SDR id.</source>
        <translation>--sdr bir SDR kimliği ister.</translation>
    </message>
    <message>
        <source>--json only goes with --status or --doctor.</source>
        <translation>--json yalnızca --status veya --doctor ile kullanılır.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --status or --doctor.</source>
        <translation>--demo, --status veya --doctor ile birlikte kullanılamaz.</translation>
    </message>
    <message>
        <source>--status and --doctor are separate commands.</source>
        <translation>--status ve --doctor ayrı komutlardır.</translation>
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
        <translation>bu telefon bir daha iletişim kurulmamasını istedi (hariç tutma listesi)</translation>
    </message>
    <message>
        <source>the phone is on the suppression list</source>
        <translation>telefon hariç tutma listesinde</translation>
    </message>
    <message>
        <source>%1 contacted this phone on %2 (lead %3)</source>
        <translation>%1, bu telefonla %2 tarihinde iletişim kurdu (%3 kişisi)</translation>
    </message>
    <message>
        <source>%1 of %2 messages of the last %3 days are unanswered</source>
        <translation>son %3 gündeki %2 mesajın %1 tanesi yanıtsız</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The token is empty; nothing was saved.</source>
        <translation>Belirteç boş; hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being saved.</source>
        <translation>Belirteç kaydedilirken CRM sunucusu değişti.</translation>
    </message>
    <message>
        <source>No keychain service (%1); the token was not saved. Set %2 in the environment instead.</source>
        <translation>Anahtarlık hizmeti yok (%1); belirteç kaydedilmedi. Bunun yerine ortamda %2 tanımlayın.</translation>
    </message>
    <message>
        <source>The keychain did not save the token: %1</source>
        <translation>Anahtarlık belirteci kaydetmedi: %1</translation>
    </message>
    <message>
        <source>The CRM server changed while the token was being removed.</source>
        <translation>Belirteç kaldırılırken CRM sunucusu değişti.</translation>
    </message>
    <message>
        <source>The keychain did not remove the token: %1</source>
        <translation>Anahtarlık belirteci kaldırmadı: %1</translation>
    </message>
    <message>
        <source>Token from the keychain.</source>
        <translation>Anahtarlıktaki belirteç.</translation>
    </message>
    <message>
        <source>No keychain service; using %1 from the environment.</source>
        <translation>Anahtarlık hizmeti yok; ortamdaki %1 kullanılıyor.</translation>
    </message>
    <message>
        <source>No token in the keychain; using %1 from the environment.</source>
        <translation>Anahtarlıkta belirteç yok; ortamdaki %1 kullanılıyor.</translation>
    </message>
    <message>
        <source>No keychain service and no %1 in the environment: no token.</source>
        <translation>Anahtarlık hizmeti yok ve ortamda %1 yok: belirteç yok.</translation>
    </message>
    <message>
        <source>The token has not been read yet.</source>
        <translation>Belirteç henüz okunmadı.</translation>
    </message>
    <message>
        <source>No token: save one in the keychain or set %1.</source>
        <translation>Belirteç yok: anahtarlığa bir tane kaydedin veya %1 tanımlayın.</translation>
    </message>
</context>
<context>
    <name>CsvLeadImporter</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Satır %1: tırnak içindeki bir alan hiç kapanmıyor.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Dosya %1 MiB&apos;den büyük.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Dosya UTF-8 metin değil. &quot;CSV UTF-8&quot; olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>The header must name the columns name, phone, message and assigned_sdr_id; missing: %1.</source>
        <translation>Başlık satırında name, phone, message ve assigned_sdr_id sütunları olmalı; eksik: %1.</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Veritabanına yazılamıyor: %1</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 alan var, başlıkta %2 var.</translation>
    </message>
    <message>
        <source>assigned_sdr_id is empty.</source>
        <translation>assigned_sdr_id boş.</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;. Add the SDR first.</source>
        <translation>&quot;%1&quot; adlı SDR yok. Önce SDR&apos;ı ekleyin.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot;: %2</source>
        <translation>Telefon &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Mesaj boş.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Mesaj %1 karakterden uzun.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not usable: at most %2 characters, no spaces or control characters.</source>
        <translation>&quot;%1&quot; kimliği kullanılamaz: en fazla %2 karakter olmalı, boşluk veya denetim karakteri içermemeli.</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (etkin değil)</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Bağlantı başlangıcı</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Bugün başarısız</translation>
    </message>
    <message>
        <source>Next send</source>
        <translation>Sonraki gönderim</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Son hata</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>uykuda</translation>
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
        <translation>Uyku modunda: oluşturucu işlemi yok, kendine ait bellek veya CPU kullanımı yok.</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (PSS: shared pages counted in proportion).</source>
        <translation>Bu oturumun oluşturucu işleminin belleği (PSS: paylaşılan sayfalar orantılı olarak sayılır).</translation>
    </message>
    <message>
        <source>Memory of this session&apos;s renderer process (resident set size).</source>
        <translation>Bu oturumun oluşturucu işleminin belleği (yerleşik küme boyutu).</translation>
    </message>
    <message>
        <source>CPU use of this session&apos;s renderer process since the previous sample (100 % = one core).</source>
        <translation>Bu oturumun oluşturucu işleminin önceki ölçümden bu yana CPU kullanımı (yüzde 100 = bir çekirdek).</translation>
    </message>
    <message>
        <source>Paused: unanswered budget</source>
        <translation>Duraklatıldı: yanıtsız mesaj kotası</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1: %2 today, %3 in the last 7 days</source>
        <translation>%1: bugün %2, son 7 günde %3</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR: %1 of its last 30 days&apos; messages got no reply (budget %2). It resumes when leads reply, old messages leave the 30 days, or the budget is raised in Settings. Connection: %3.</source>
        <translation>Bu SDR için gönderim duraklatıldı: son 30 gündeki mesajlarından %1 tanesi yanıt almadı (kota %2). Kişiler yanıt verdiğinde, eski mesajlar 30 günün dışına çıktığında veya kota Ayarlar&apos;da artırıldığında devam eder. Bağlantı: %3.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>İletilen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okunan</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Yanıtlayan</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Reddeden</translation>
    </message>
    <message>
        <source>%1 of the %2 messages sent in the last 7 days got a reply.</source>
        <translation>Son 7 günde gönderilen %2 mesajın %1 tanesi yanıt aldı.</translation>
    </message>
    <message>
        <source>Nothing sent in the last 7 days.</source>
        <translation>Son 7 günde hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Unanswered budget used: %1 / %2 (%3 %): messages of the last 30 days without a reply, against this SDR&apos;s budget.</source>
        <translation>Kullanılan yanıtsız mesaj kotası: %1 / %2 (%3 %): son 30 gündeki yanıt almamış mesajlar, bu SDR&apos;ın kotasına oranla.</translation>
    </message>
    <message>
        <source>Sending is paused for this SDR.</source>
        <translation>Bu SDR için gönderim duraklatıldı.</translation>
    </message>
    <message>
        <source>At 100 % sending pauses for this SDR.</source>
        <translation>Yüzde 100&apos;e ulaşıldığında bu SDR için gönderim duraklar.</translation>
    </message>
    <message>
        <source>Today / the last 7 days (today included).</source>
        <translation>Bugün / son 7 gün (bugün dahil).</translation>
    </message>
    <message>
        <source>Messages sent.</source>
        <translation>Gönderilen mesajlar.</translation>
    </message>
    <message>
        <source>Messages delivered to the lead&apos;s phone (two grey ticks).</source>
        <translation>Kişinin telefonuna iletilen mesajlar (iki gri tik).</translation>
    </message>
    <message>
        <source>Messages the lead read (two blue ticks).</source>
        <translation>Kişinin okuduğu mesajlar (iki mavi tik).</translation>
    </message>
    <message>
        <source>Leads who replied.</source>
        <translation>Yanıt veren kişiler.</translation>
    </message>
    <message>
        <source>Leads who asked not to be contacted again.</source>
        <translation>Bir daha iletişim kurulmamasını isteyen kişiler.</translation>
    </message>
    <message>
        <source>Of the messages sent in the last 7 days, the share that got a reply.</source>
        <translation>Son 7 günde gönderilen mesajlardan yanıt alanların oranı.</translation>
    </message>
    <message>
        <source>Messages of the last 30 days without a reply, against the SDR&apos;s unanswered budget. Flagged at 80 %; at 100 % sending pauses for the SDR.</source>
        <translation>Son 30 gündeki yanıt almamış mesajlar, SDR&apos;ın yanıtsız mesaj kotasına oranla. Yüzde 80&apos;de işaretlenir; yüzde 100&apos;de SDR için gönderim duraklar.</translation>
    </message>
    <message>
        <source>Leads waiting to be sent.</source>
        <translation>Gönderilmeyi bekleyen kişiler.</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Yanıt oranı</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Yanıtsız</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bellek</translation>
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
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>İlgi gerekiyor</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Kuyrukta</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Bugün gönderilen</translation>
    </message>
    <message>
        <source>Failed today</source>
        <translation>Bugün başarısız</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Karar bekliyor</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Bırak</translation>
    </message>
    <message>
        <source>These leads were being sent when the app stopped, and WhatsApp could not confirm whether they went out; or another SDR messaged their phone recently. Send or drop each one.</source>
        <translation>Uygulama durduğunda bu kişilere gönderim yapılıyordu ve WhatsApp gidip gitmediklerini doğrulayamadı; ya da başka bir SDR yakın zamanda telefonlarına mesaj gönderdi. Her birini gönderin veya bırakın.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Send again / anyway</source>
        <translation>Yeniden gönder / yine de gönder</translation>
    </message>
    <message>
        <source>Contacted recently by another SDR</source>
        <translation>Yakın zamanda başka bir SDR iletişim kurdu</translation>
    </message>
    <message>
        <source>Send not confirmed</source>
        <translation>Gönderim doğrulanmadı</translation>
    </message>
    <message>
        <source>Replied today</source>
        <translation>Bugün yanıtlayan</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Bugün saatlik gönderimler ve yanıtlar</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder.</source>
        <translation>Veri dizini %1 bir dosya, klasör değil.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Veri dizini %1 oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable.</source>
        <translation>Veri dizini %1 yazılabilir değil.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The demo could not start its simulated CRM and WhatsApp on 127.0.0.1.</source>
        <translation>Demo, CRM ve WhatsApp simülasyonunu 127.0.0.1 üzerinde başlatamadı.</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Checking the chat of lead %1: was it sent before the interruption?</source>
        <translation>%1 kişisinin sohbeti kontrol ediliyor: kesintiden önce gönderildi mi?</translation>
    </message>
    <message>
        <source>Lead %1 could not be checked (%2); held for a person.</source>
        <translation>%1 kişisi kontrol edilemedi (%2); bir kişinin kararına bırakıldı.</translation>
    </message>
    <message>
        <source>Lost track of lead %1 (%2); it will be checked before anything else.</source>
        <translation>%1 kişisinin izi kaybedildi (%2); her şeyden önce kontrol edilecek.</translation>
    </message>
    <message>
        <source>Lead %1 sent.</source>
        <translation>%1 kişisine gönderildi.</translation>
    </message>
    <message>
        <source>Lead %1 failed: %2</source>
        <translation>%1 kişisine gönderim başarısız: %2</translation>
    </message>
    <message>
        <source>Lead %1 not sent yet (%2); it stays queued.</source>
        <translation>%1 kişisine henüz gönderilmedi (%2); kuyrukta kalıyor.</translation>
    </message>
    <message>
        <source>Lead %1: sending was not confirmed; checking the chat.</source>
        <translation>%1 kişisi: gönderim doğrulanmadı; sohbet kontrol ediliyor.</translation>
    </message>
    <message>
        <source>Lead %1 was found in its chat: sent.</source>
        <translation>%1 kişisinin mesajı sohbette bulundu: gönderildi.</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat; it will be sent again.</source>
        <translation>%1 kişisinin mesajı sohbette yok; yeniden gönderilecek.</translation>
    </message>
    <message>
        <source>Lead %1 could not be verified; held for a person to resend or drop.</source>
        <translation>%1 kişisi doğrulanamadı; bir kişinin yeniden göndermesi veya bırakması bekleniyor.</translation>
    </message>
    <message>
        <source>The local store can be written again; sending goes on.</source>
        <translation>Yerel depoya yeniden yazılabiliyor; gönderim devam ediyor.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1: %2); sending for this SDR waits %3 s.</source>
        <translation>Yerel depoya yazılamıyor (%1: %2); bu SDR için gönderim %3 sn bekliyor.</translation>
    </message>
    <message>
        <source>failing lead %1</source>
        <translation>%1 kişisi başarısız olarak işaretlenirken</translation>
    </message>
    <message>
        <source>starting lead %1</source>
        <translation>%1 kişisine gönderim başlatılırken</translation>
    </message>
    <message>
        <source>queueing lead %1</source>
        <translation>%1 kişisi kuyruğa alınırken</translation>
    </message>
    <message>
        <source>Resend of lead %1: checking its chat first, so it never goes out twice.</source>
        <translation>%1 kişisine yeniden gönderim: iki kez gitmemesi için önce sohbeti kontrol ediliyor.</translation>
    </message>
    <message>
        <source>recording lead %1 as sent</source>
        <translation>%1 kişisi gönderildi olarak kaydedilirken</translation>
    </message>
    <message>
        <source>Lead %1 sent (confirmed late).</source>
        <translation>%1 kişisine gönderildi (geç doğrulandı).</translation>
    </message>
    <message>
        <source>not sent after %1 tries (%2)</source>
        <translation>%1 denemeden sonra gönderilmedi (%2)</translation>
    </message>
    <message>
        <source>Lead %1 failed after %2 tries: %3</source>
        <translation>%1 kişisine gönderim %2 denemeden sonra başarısız: %3</translation>
    </message>
    <message>
        <source>deferring lead %1</source>
        <translation>%1 kişisi ertelenirken</translation>
    </message>
    <message>
        <source>Lead %1 not sent (%2); tried again in %3 s, the next leads go first.</source>
        <translation>%1 kişisine gönderilmedi (%2); %3 sn sonra yeniden denenecek, sıradaki kişiler önce gidiyor.</translation>
    </message>
    <message>
        <source>not found in the chat after %1 attempts; not resent automatically again</source>
        <translation>%1 denemeden sonra sohbette bulunamadı; artık otomatik olarak yeniden gönderilmeyecek</translation>
    </message>
    <message>
        <source>holding lead %1</source>
        <translation>%1 kişisi bekletilirken</translation>
    </message>
    <message>
        <source>Lead %1 is not in its chat after %2 attempts; held for a person to resend or drop.</source>
        <translation>%1 kişisinin mesajı %2 denemeden sonra sohbette yok; bir kişinin yeniden göndermesi veya bırakması bekleniyor.</translation>
    </message>
    <message>
        <source>Lead %1: its chat could not be checked; sent again as the person asked.</source>
        <translation>%1 kişisi: sohbeti kontrol edilemedi; istendiği gibi yeniden gönderilecek.</translation>
    </message>
    <message>
        <source>Lead %1 not sent: %2.</source>
        <translation>%1 kişisine gönderilmedi: %2.</translation>
    </message>
    <message>
        <source>Lead %1 held for a person: %2. Send it anyway or drop it.</source>
        <translation>%1 kişisi bir kişinin kararına bırakıldı: %2. Yine de gönderin veya bırakın.</translation>
    </message>
    <message>
        <source>Sending paused: %1. It resumes when leads reply, old sends age out, or the budget is raised.</source>
        <translation>Gönderim duraklatıldı: %1. Kişiler yanıt verdiğinde, eski gönderimlerin süresi dolduğunda veya kota artırıldığında devam eder.</translation>
    </message>
    <message>
        <source>Sending resumed: the unanswered budget allows it again.</source>
        <translation>Gönderim devam ediyor: yanıtsız mesaj kotası yeniden izin veriyor.</translation>
    </message>
    <message>
        <source>syncing lead %1 to the disk</source>
        <translation>%1 kişisi diske eşitleniyor</translation>
    </message>
    <message>
        <source>the session stopped being ready before Send</source>
        <translation>oturum Gönder&apos;den önce hazır olmaktan çıktı</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>opt-out reply (&quot;%1&quot;)</source>
        <translation>ret yanıtı (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 asked not to be contacted again; no SDR will message it.</source>
        <translation>%1 bir daha iletişim kurulmamasını istedi; hiçbir SDR bu numaraya mesaj göndermeyecek.</translation>
    </message>
    <message>
        <source>Lead %1 (%2) asked not to be contacted again; no SDR will message it.</source>
        <translation>%1 kişisi (%2) bir daha iletişim kurulmamasını istedi; hiçbir SDR bu numaraya mesaj göndermeyecek.</translation>
    </message>
</context>
<context>
    <name>ImportLeadsDialog</name>
    <message>
        <source>Choose a CSV file of leads</source>
        <translation>Kişilerin bulunduğu bir CSV dosyası seçin</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV dosyaları (*.csv);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Önce bir dosya seçin.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
    <message>
        <source>Importing leads is not available in this set-up.</source>
        <translation>Bu kurulumda kişi içe aktarma kullanılamıyor.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Hiçbir şey içe aktarılmadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) imported.</source>
        <translation>
            <numerusform>%n kişi içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known, left unchanged.</source>
        <translation>
            <numerusform>%n kişi zaten vardı, değiştirilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused:</source>
        <translation>
            <numerusform>%n satır reddedildi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Kişileri içe aktar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n lead(s) imported before it stay in the queue; the rest of the file was not imported. Importing the same file again adds only the rest.</source>
        <translation>
            <numerusform>İçe aktarma iptal edildi: öncesinde içe aktarılan %n kişi kuyrukta kalıyor; dosyanın geri kalanı içe aktarılmadı. Aynı dosyayı yeniden içe aktarmak yalnızca geri kalanı ekler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>İçe aktarma iptal edildi: hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Choose a CSV file with a header row and the columns id, assigned_sdr_id, name, phone and message. Each lead is sent only through its assigned SDR&apos;s WhatsApp; rows that do not pass the checks are listed below and not imported. Cancel stops an import: the leads imported until then stay, and importing the same file again adds only the rest.</source>
        <translation>Başlık satırı ve id, assigned_sdr_id, name, phone ve message sütunları olan bir CSV dosyası seçin. Her kişiye yalnızca atandığı SDR&apos;ın WhatsApp&apos;ından gönderilir; denetimlerden geçemeyen satırlar aşağıda listelenir ve içe aktarılmaz. İptal, içe aktarmayı durdurur: o ana kadar içe aktarılan kişiler kalır ve aynı dosyayı yeniden içe aktarmak yalnızca geri kalanı ekler.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>İçe aktarmayı iptal et</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>SDR Sender is already running for %1 (process %2 on host %3, started by %4). Use that window, or quit it first.</source>
        <translation>SDR Sender %1 için zaten çalışıyor (%3 ana makinesinde %2 işlemi, %4 tarafından başlatıldı). O pencereyi kullanın veya önce kapatın.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>SDR Sender is already running for %1 (the lock file %2 is held by another process).</source>
        <translation>SDR Sender %1 için zaten çalışıyor (%2 kilit dosyasını başka bir işlem tutuyor).</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: permission denied.</source>
        <translation>%1 kilit dosyası oluşturulamıyor: izin reddedildi.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>%1 kilit dosyası oluşturulamıyor.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
</context>
<context>
    <name>LeadEventReporter</name>
    <message>
        <source>Cannot write the local store (%1); reporting lead events waits.</source>
        <translation>Yerel depoya yazılamıyor (%1); kişi olaylarının bildirimi bekliyor.</translation>
    </message>
    <message>
        <source>Reporting the %1 event of lead %2 failed (%3); retrying.</source>
        <translation>%2 kişisinin %1 olayının bildirimi başarısız (%3); yeniden deneniyor.</translation>
    </message>
</context>
<context>
    <name>LeadsModel</name>
    <message>
        <source>Queued</source>
        <translation>Kuyrukta</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Bekletiliyor</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Belirsiz</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>İletildi</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Okundu</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Yanıtladı</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Reddetti</translation>
    </message>
    <message>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gönderim zamanı</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Son olay</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Lead ID</source>
        <translation>Kişi kimliği</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>All SDRs</source>
        <translation>Tüm SDR&apos;lar</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>The leads could not be read: %1</source>
        <translation>Kişiler okunamadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n lead(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>En yeni %n kişi gösteriliyor; daha eskileri görmek için filtreleri daraltın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Kişileri dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Dışa aktarma başarısız: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 konumuna aktarıldı</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Durum:</translation>
    </message>
    <message>
        <source>Search name, phone or reply</source>
        <translation>Ad, telefon veya yanıtta ara</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak aktar…</translation>
    </message>
    <message>
        <source>Save the leads shown (with the current filters) as a CSV file</source>
        <translation>Gösterilen kişileri (geçerli filtrelerle) CSV dosyası olarak kaydet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Drop lead</source>
        <translation>Kişiyi bırak</translation>
    </message>
    <message>
        <source>Drop this lead? It is reported to the CRM as failed and not sent.</source>
        <translation>Bu kişi bırakılsın mı? CRM&apos;e başarısız olarak bildirilir ve gönderilmez.</translation>
    </message>
    <message>
        <source>Disconnect WhatsApp</source>
        <translation>WhatsApp bağlantısını kes</translation>
    </message>
    <message>
        <source>Log %1 out of WhatsApp Web on this computer? Their browser profile here is wiped and a new QR scan is needed to send again.</source>
        <translation>%1 bu bilgisayarda WhatsApp Web&apos;den çıkarılsın mı? Buradaki tarayıcı profili silinir ve yeniden göndermek için QR kodunun tekrar taranması gerekir.</translation>
    </message>
    <message>
        <source>Remove SDR</source>
        <translation>SDR&apos;ı kaldır</translation>
    </message>
    <message>
        <source>Remove %1 from this app? Their WhatsApp session here is closed; the send history stays.</source>
        <translation>%1 bu uygulamadan kaldırılsın mı? Buradaki WhatsApp oturumu kapatılır; gönderim geçmişi kalır.</translation>
    </message>
    <message>
        <source>About SDR Sender</source>
        <translation>SDR Sender hakkında</translation>
    </message>
    <message>
        <source>SDR Sender %1</source>
        <translation>SDR Sender %1</translation>
    </message>
    <message>
        <source>Sends each lead from the WhatsApp of the SDR it is assigned to, at a human pace, and reports every result to the CRM.</source>
        <translation>Her kişiye atandığı SDR&apos;ın WhatsApp&apos;ından, insan hızında gönderim yapar ve her sonucu CRM&apos;e bildirir.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SDR(s) connected</source>
        <translation>
            <numerusform>%n SDR&apos;dan %1 tanesi bağlı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n tanesi ilgi bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n kuyrukta</numerusform>
        </translation>
    </message>
    <message>
        <source>Local leads (no CRM)</source>
        <translation>Yerel kişiler (CRM yok)</translation>
    </message>
    <message>
        <source>CRM: %1</source>
        <translation>CRM: %1</translation>
    </message>
    <message>
        <source>SDRs (%1)</source>
        <translation>SDR&apos;lar (%1)</translation>
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
        <translation>DEMO — CRM ve WhatsApp simülasyonu, gerçek mesaj gönderilmez</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Etkinlik günlüğü</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Kişileri &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Pano</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Etkinlik günlüğü</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About SDR Sender</source>
        <translation>SDR Sender &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Add SDR…</source>
        <translation>SDR &amp;ekle…</translation>
    </message>
    <message>
        <source>SDRs come from the CRM&apos;s list.</source>
        <translation>SDR&apos;lar CRM listesinden gelir.</translation>
    </message>
    <message>
        <source>Check WhatsApp Web</source>
        <translation>WhatsApp Web&apos;i denetle</translation>
    </message>
    <message>
        <source>Everything sending needs was found on WhatsApp Web.</source>
        <translation>Göndermek için gereken her şey WhatsApp Web&apos;de bulundu.</translation>
    </message>
    <message>
        <source>Something SDR Sender needs was not found on WhatsApp Web, or could not be checked. See the details.</source>
        <translation>SDR Sender&apos;ın ihtiyaç duyduğu bir şey WhatsApp Web&apos;de bulunamadı veya denetlenemedi. Ayrıntılara bakın.</translation>
    </message>
    <message>
        <source>&amp;Check WhatsApp Web</source>
        <translation>WhatsApp Web&apos;i &amp;denetle</translation>
    </message>
    <message>
        <source>Check the open SDR&apos;s WhatsApp Web page (or a fresh one) against every selector the app uses</source>
        <translation>Açık SDR&apos;ın WhatsApp Web sayfasını (veya yeni bir sayfayı) uygulamanın kullandığı her seçiciyle denetler</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>&amp;Suppression list…</source>
        <translation>&amp;Hariç tutma listesi…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Kişiler</translation>
    </message>
    <message>
        <source>&amp;Notify me when a lead replies</source>
        <translation>Bir kişi yanıt verdiğinde &amp;bildir</translation>
    </message>
    <message>
        <source>A desktop notification for each reply. Your choice on this computer only.</source>
        <translation>Her yanıt için bir masaüstü bildirimi. Seçiminiz yalnızca bu bilgisayarda geçerlidir.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 needs a QR scan</source>
        <translation>%1 için QR taraması gerekiyor</translation>
    </message>
    <message>
        <source>Open %1 in SDR Sender and scan the QR code with their phone. Nothing is sent for this SDR until then.</source>
        <translation>SDR Sender&apos;da %1 oturumunu açın ve QR kodunu telefonuyla tarayın. O zamana kadar bu SDR için hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>%1 dropped out</source>
        <translation>%1 bağlantıyı kaybetti</translation>
    </message>
    <message>
        <source>%1 is no longer connected (%2). Sending for this SDR is paused.</source>
        <translation>%1 artık bağlı değil (%2). Bu SDR için gönderim duraklatıldı.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n send(s) for %1 failed.</source>
        <translation>
            <numerusform>%1 için son %n gönderim başarısız oldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last reason: %1.</source>
        <translation>Son neden: %1.</translation>
    </message>
    <message>
        <source>Sending fails for %1</source>
        <translation>%1 için gönderimler başarısız</translation>
    </message>
    <message>
        <source>%1 is paused by a WhatsApp warning</source>
        <translation>%1 bir WhatsApp uyarısı nedeniyle duraklatıldı</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning or an unknown dialog for %1. Nothing is sent for this SDR until someone reads it and presses Resume sending.</source>
        <translation>WhatsApp, %1 için bir uyarı veya bilinmeyen bir iletişim kutusu gösterdi. Biri okuyup Göndermeye devam et&apos;e basana kadar bu SDR için hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses the browser for %1</source>
        <translation>WhatsApp Web, %1 için tarayıcıyı reddediyor</translation>
    </message>
    <message>
        <source>WhatsApp Web does not accept this app&apos;s browser engine. Nothing is sent for %1; see the session for what to do.</source>
        <translation>WhatsApp Web bu uygulamanın tarayıcı motorunu kabul etmiyor. %1 için hiçbir şey gönderilmiyor; ne yapılacağını oturumda görün.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(metin yok)</translation>
    </message>
    <message>
        <source>%1 replied to %2</source>
        <translation>%1, %2 adlı SDR&apos;a yanıt verdi</translation>
    </message>
</context>
<context>
    <name>PageProbe</name>
    <message>
        <source>The built-in selector pack is missing or invalid.</source>
        <translation>Yerleşik seçici paketi eksik veya geçersiz.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2); the built-in selectors are used.</source>
        <translation>%1 bir JSON nesnesi değil (%2); yerleşik seçiciler kullanılıyor.</translation>
    </message>
    <message>
        <source>The probe script %1 is missing.</source>
        <translation>%1 yoklama betiği eksik.</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefon numarası boş.</translation>
    </message>
    <message>
        <source>The phone number is far too long.</source>
        <translation>Telefon numarası çok uzun.</translation>
    </message>
    <message>
        <source>A &apos;+&apos; may only stand at the start of the number.</source>
        <translation>&apos;+&apos; yalnızca numaranın başında olabilir.</translation>
    </message>
    <message>
        <source>The phone number contains characters other than digits.</source>
        <translation>Telefon numarasında rakam dışında karakterler var.</translation>
    </message>
    <message>
        <source>The phone number has fewer than 7 digits.</source>
        <translation>Telefon numarası 7 haneden kısa.</translation>
    </message>
    <message>
        <source>The phone number has more than 15 digits.</source>
        <translation>Telefon numarası 15 haneden uzun.</translation>
    </message>
    <message>
        <source>The phone number must start with its country code, not 0.</source>
        <translation>Telefon numarası 0 ile değil, ülke koduyla başlamalı.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The SDR id &quot;%1&quot; cannot be used as a profile name.</source>
        <translation>&quot;%1&quot; SDR kimliği profil adı olarak kullanılamaz.</translation>
    </message>
    <message>
        <source>Cannot create the profile directory %1.</source>
        <translation>%1 profil dizini oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Cannot remove the profile directory %1.</source>
        <translation>%1 profil dizini kaldırılamıyor.</translation>
    </message>
</context>
<context>
    <name>ResultReporter</name>
    <message>
        <source>The CRM no longer assigns lead %1 to this SDR (409).</source>
        <translation>CRM, %1 kişisini artık bu SDR&apos;a atamıyor (409).</translation>
    </message>
    <message>
        <source>Reporting lead %1 failed (%2); retrying.</source>
        <translation>%1 kişisinin bildirimi başarısız (%2); yeniden deneniyor.</translation>
    </message>
    <message>
        <source>Cannot write the local store (%1); reporting waits.</source>
        <translation>Yerel depoya yazılamıyor (%1); bildirim bekliyor.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>Lead %1 not sent: %2 (%3)</source>
        <translation>%1 kişisine gönderilmedi: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without a usable id in the queue were ignored (cannot be reported).</source>
        <translation>
            <numerusform>Kuyrukta kullanılabilir kimliği olmayan %n kişi yok sayıldı (bildirilemez).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 is no longer assigned to this SDR; it will not be sent.</source>
        <translation>%1 kişisi artık bu SDR&apos;a atanmış değil; gönderilmeyecek.</translation>
    </message>
    <message>
        <source>Lead %1 was moved to this SDR; it will be sent from here.</source>
        <translation>%1 kişisi bu SDR&apos;a taşındı; buradan gönderilecek.</translation>
    </message>
    <message>
        <source>Lead %1 was sent already; its result is reported again.</source>
        <translation>%1 kişisine zaten gönderilmişti; sonucu yeniden bildiriliyor.</translation>
    </message>
</context>
<context>
    <name>SdrDirectory</name>
    <message numerus="yes">
        <source>%n invalid SDR entry(s) in the CRM&apos;s list were ignored.</source>
        <translation>
            <numerusform>CRM listesindeki %n geçersiz SDR kaydı yok sayıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrItemDelegate</name>
    <message>
        <source>Inactive</source>
        <translation>Etkin değil</translation>
    </message>
</context>
<context>
    <name>SdrListModel</name>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n okunmamış sohbet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SdrRepository</name>
    <message>
        <source>An SDR needs an id.</source>
        <translation>Bir SDR&apos;ın kimliği olmalı.</translation>
    </message>
    <message>
        <source>Cannot save the SDR %1: %2</source>
        <translation>%1 SDR kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>Cannot update the SDR %1: %2</source>
        <translation>%1 SDR güncellenemiyor: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adlı SDR yok.</translation>
    </message>
    <message>
        <source>Cannot remove the SDR %1: %2</source>
        <translation>%1 SDR kaldırılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>SenderEngine</name>
    <message>
        <source>TLS error talking to %1: %2. The connection was refused.</source>
        <translation>%1 ile iletişimde TLS hatası: %2. Bağlantı reddedildi.</translation>
    </message>
    <message>
        <source>The CRM refused the token. Polling and sending are stopped until you sign in again.</source>
        <translation>CRM belirteci reddetti. Yeniden oturum açana kadar sorgulama ve gönderim durduruldu.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as send_timeout).</source>
        <translation>%1 kişisi bir kişi tarafından bırakıldı (send_timeout olarak bildirildi).</translation>
    </message>
    <message>
        <source>Hosted on %1: another SDR Sender serves this SDR; this one does not poll or send for it.</source>
        <translation>%1 üzerinde barındırılıyor: bu SDR&apos;a başka bir SDR Sender hizmet veriyor; bu uygulama onun için sorgulama veya gönderim yapmıyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent lead(s) of this SDR cancelled: it is no longer active.</source>
        <translation>
            <numerusform>Bu SDR için gönderilmemiş %n kişi iptal edildi: SDR artık etkin değil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM does not support claims (Sender API v1): this SDR Sender assumes it is the only one serving these SDRs.</source>
        <translation>CRM sahiplenmeyi desteklemiyor (Sender API v1): bu SDR Sender, bu SDR&apos;lara hizmet veren tek uygulama olduğunu varsayıyor.</translation>
    </message>
    <message>
        <source>This SDR Sender now serves this SDR (claim held).</source>
        <translation>Bu SDR&apos;a artık bu SDR Sender hizmet veriyor (SDR sahiplenildi).</translation>
    </message>
    <message>
        <source>This SDR Sender no longer holds the claim of this SDR: polling and sending stopped.</source>
        <translation>Bu SDR Sender artık bu SDR&apos;ı sahiplenmiyor: sorgulama ve gönderim durduruldu.</translation>
    </message>
    <message>
        <source>Lead %1: a person asked to send it again; its chat is checked first.</source>
        <translation>%1 kişisi: yeniden gönderilmesi istendi; önce sohbeti kontrol ediliyor.</translation>
    </message>
    <message>
        <source>The CRM offers no queue-changes feed: queues are polled on the timer.</source>
        <translation>CRM kuyruk değişikliği akışı sunmuyor: kuyruklar belirli aralıklarla sorgulanıyor.</translation>
    </message>
    <message>
        <source>Lead %1: a person chose to send it although its phone was contacted recently.</source>
        <translation>%1 kişisi: telefonuyla yakın zamanda iletişim kurulmuş olmasına rağmen gönderilmesine karar verildi.</translation>
    </message>
    <message>
        <source>Lead %1 dropped by a person (reported as recently_contacted).</source>
        <translation>%1 kişisi bir kişi tarafından bırakıldı (recently_contacted olarak bildirildi).</translation>
    </message>
    <message>
        <source>This SDR id cannot be used as a session name; it has no WhatsApp session.</source>
        <translation>Bu SDR kimliği oturum adı olarak kullanılamaz; WhatsApp oturumu yok.</translation>
    </message>
</context>
<context>
    <name>SendsChart</name>
    <message numerus="yes">
        <source>%n send(s) today</source>
        <translation>
            <numerusform>Bugün %n gönderim</numerusform>
        </translation>
    </message>
    <message>
        <source>No sends yet today</source>
        <translation>Bugün henüz gönderim yok</translation>
    </message>
    <message>
        <source>Sends and replies per hour today</source>
        <translation>Bugün saatlik gönderimler ve yanıtlar</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) today</source>
        <translation>
            <numerusform>Bugün %n yanıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Gönderimler</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Yanıtlar</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>its page used %1 MB of memory (limit %2 MB)</source>
        <translation>sayfası %1 MB bellek kullandı (sınır %2 MB)</translation>
    </message>
    <message>
        <source>it had been awake for %1 hours (limit %2 hours)</source>
        <translation>%1 saattir uyanıktı (sınır %2 saat)</translation>
    </message>
    <message>
        <source>WhatsApp Web was reloaded for this SDR while idle: %1. The link is kept.</source>
        <translation>Bu SDR için WhatsApp Web boştayken yeniden yüklendi: %1. Cihaz bağlantısı korunuyor.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Use here</source>
        <translation>Burada kullan</translation>
    </message>
    <message>
        <source>Take this WhatsApp session back from the other window</source>
        <translation>Bu WhatsApp oturumunu diğer pencereden geri al</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>Open this SDR&apos;s WhatsApp Web (and show the QR code if it is not linked)</source>
        <translation>Bu SDR&apos;ın WhatsApp Web&apos;ini aç (bağlı değilse QR kodunu göster)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Bağlantıyı kes</translation>
    </message>
    <message>
        <source>Log this SDR out of WhatsApp Web and wipe this SDR&apos;s browser profile</source>
        <translation>Bu SDR&apos;ı WhatsApp Web&apos;den çıkar ve tarayıcı profilini sil</translation>
    </message>
    <message>
        <source>Remove SDR…</source>
        <translation>SDR&apos;ı kaldır…</translation>
    </message>
    <message>
        <source>Remove this SDR and its WhatsApp session from this app</source>
        <translation>Bu SDR&apos;ı ve WhatsApp oturumunu uygulamadan kaldır</translation>
    </message>
    <message>
        <source>No SDR selected</source>
        <translation>SDR seçilmedi</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Son hata: %1</translation>
    </message>
    <message>
        <source>Select an SDR on the left to see their WhatsApp.</source>
        <translation>WhatsApp&apos;ını görmek için soldan bir SDR seçin.</translation>
    </message>
    <message>
        <source>%1&apos;s session is hibernated to save memory. It wakes up when there is something to send, or press Connect.</source>
        <translation>%1 oturumu bellek tasarrufu için uyku modunda. Gönderilecek bir şey olduğunda uyanır; ya da Bağlan&apos;a basın.</translation>
    </message>
    <message>
        <source>%1&apos;s WhatsApp Web is not open. Press Connect to open it.</source>
        <translation>%1 için WhatsApp Web açık değil. Açmak için Bağlan&apos;a basın.</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Göndermeye devam et</translation>
    </message>
    <message>
        <source>You have read WhatsApp&apos;s warning: send this SDR&apos;s leads again</source>
        <translation>WhatsApp&apos;ın uyarısını okudunuz: bu SDR&apos;ın potansiyel müşterilerini yeniden gönder</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Bilinmeyen ayar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>&quot;%1&quot;, %2 için geçerli bir değer değil.</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>%1 ayarı kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>Cannot clear the setting %1: %2</source>
        <translation>%1 ayarı temizlenemiyor: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings of %1: %2</source>
        <translation>%1 ayarları kaydedilemiyor: %2</translation>
    </message>
    <message>
        <source>There is no SDR &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adlı SDR yok.</translation>
    </message>
    <message>
        <source>%1 cannot be set per SDR.</source>
        <translation>%1 SDR bazında ayarlanamaz.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The token was saved in the keychain.</source>
        <translation>Belirteç anahtarlığa kaydedildi.</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Belirteç kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Belirteç anahtarlıktan kaldırıldı.</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Belirteç kaldırılamadı: %1</translation>
    </message>
    <message>
        <source>HH:mm, empty = any time</source>
        <translation>SS:dd, boş = her saat</translation>
    </message>
    <message>
        <source>CRM server URL</source>
        <translation>CRM sunucu URL&apos;si</translation>
    </message>
    <message>
        <source>WhatsApp Web URL</source>
        <translation>WhatsApp Web URL&apos;si</translation>
    </message>
    <message>
        <source>Queue check every (s)</source>
        <translation>Kuyruk denetim aralığı (sn)</translation>
    </message>
    <message>
        <source>Leads per queue check</source>
        <translation>Denetim başına kişi</translation>
    </message>
    <message>
        <source>Shortest gap between sends (s)</source>
        <translation>Gönderimler arası en kısa ara (sn)</translation>
    </message>
    <message>
        <source>Longest gap between sends (s)</source>
        <translation>Gönderimler arası en uzun ara (sn)</translation>
    </message>
    <message>
        <source>Most sends per hour</source>
        <translation>Saatte en fazla gönderim</translation>
    </message>
    <message>
        <source>Most sends per day</source>
        <translation>Günde en fazla gönderim</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Mesai başlangıcı</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Mesai bitişi</translation>
    </message>
    <message>
        <source>Warm-up days for a new number</source>
        <translation>Yeni numara için ısınma günleri</translation>
    </message>
    <message>
        <source>Sends on the first warm-up day</source>
        <translation>Isınmanın ilk günündeki gönderim</translation>
    </message>
    <message>
        <source>Send timeout (s)</source>
        <translation>Gönderim zaman aşımı (sn)</translation>
    </message>
    <message>
        <source>Hibernate idle sessions after (s)</source>
        <translation>Boştaki oturumları şu süre sonra uyut (sn)</translation>
    </message>
    <message>
        <source>Free hibernated sessions&apos; memory after (s)</source>
        <translation>Uyuyan oturumların belleğini şu süre sonra boşalt (sn)</translation>
    </message>
    <message>
        <source>Most sessions awake at once</source>
        <translation>Aynı anda en fazla uyanık oturum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>set on the command line</source>
        <translation>komut satırında ayarlandı</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>ortam değişkeninden</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid.</source>
        <translation>%1: &quot;%2&quot; geçerli değil.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; is not valid.</source>
        <translation>%1 (%2): &quot;%3&quot; geçerli değil.</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(kullanılamıyor)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Kaldırılıyor…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>All SDRs</source>
        <translation>Tüm SDR&apos;lar</translation>
    </message>
    <message>
        <source>Per SDR</source>
        <translation>SDR bazında</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Geçersiz kıl</translation>
    </message>
    <message>
        <source>&amp;SDR:</source>
        <translation>&amp;SDR:</translation>
    </message>
    <message>
        <source>Values ticked here apply to this SDR only; the others follow the &quot;All SDRs&quot; page.</source>
        <translation>Burada işaretlenen değerler yalnızca bu SDR için geçerlidir; diğerleri &quot;Tüm SDR&apos;lar&quot; sayfasını izler.</translation>
    </message>
    <message>
        <source>CRM token:</source>
        <translation>CRM belirteci:</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Yeni &amp;belirteç:</translation>
    </message>
    <message>
        <source>Paste the token from the CRM</source>
        <translation>CRM&apos;den aldığınız belirteci yapıştırın</translation>
    </message>
    <message>
        <source>Save in keychain</source>
        <translation>Anahtarlığa kaydet</translation>
    </message>
    <message>
        <source>Remove from keychain</source>
        <translation>Anahtarlıktan kaldır</translation>
    </message>
    <message>
        <source>Retry a refused browser after (s)</source>
        <translation>Reddedilen tarayıcıyı şu süre sonra yeniden dene (sn)</translation>
    </message>
    <message>
        <source>Wake a sleeping linked session after (s)</source>
        <translation>Uyuyan bağlı oturumu şu süre sonra uyandır (sn)</translation>
    </message>
    <message>
        <source>Watch a sent lead&apos;s chat for (days)</source>
        <translation>Gönderilen kişinin sohbetini izleme süresi (gün)</translation>
    </message>
    <message>
        <source>Hold a lead another SDR contacted within (days)</source>
        <translation>Başka bir SDR&apos;ın şu süre içinde iletişim kurduğu kişiyi beklet (gün)</translation>
    </message>
    <message>
        <source>Unanswered messages allowed per 30 days</source>
        <translation>30 günde izin verilen yanıtsız mesaj</translation>
    </message>
    <message>
        <source>Delete finished leads and activity after (days, 0 = never)</source>
        <translation>Tamamlanan kişileri ve etkinliği şu süre sonra sil (gün, 0 = hiçbir zaman)</translation>
    </message>
    <message>
        <source>Blank the texts of finished leads after (days, 0 = never)</source>
        <translation>Tamamlanan kişilerin metinlerini şu süre sonra boşalt (gün, 0 = hiçbir zaman)</translation>
    </message>
    <message>
        <source>Reload an idle session using more than (MB, 0 = never)</source>
        <translation>Boştaki oturumu şu bellek aşılınca yeniden yükle (MB, 0 = hiçbir zaman)</translation>
    </message>
    <message>
        <source>Reload an idle session awake longer than (h, 0 = never)</source>
        <translation>Boştaki oturumu şu süreden uzun uyanık kalınca yeniden yükle (sa, 0 = hiçbir zaman)</translation>
    </message>
</context>
<context>
    <name>StatePresentation</name>
    <message>
        <source>Loading</source>
        <translation>Yükleniyor</translation>
    </message>
    <message>
        <source>Scan QR</source>
        <translation>QR tara</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Eşitleniyor</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Phone offline</source>
        <translation>Telefon çevrimdışı</translation>
    </message>
    <message>
        <source>Open elsewhere</source>
        <translation>Başka yerde açık</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Oturum kapatıldı</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Erişilemiyor</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Yanlış numara</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>Uyku modunda</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Opening WhatsApp Web…</source>
        <translation>WhatsApp Web açılıyor…</translation>
    </message>
    <message>
        <source>Scan the QR code with this SDR&apos;s phone: WhatsApp → Settings → Linked devices → Link a device.</source>
        <translation>QR kodunu bu SDR&apos;ın telefonuyla tarayın: WhatsApp → Ayarlar → Bağlı cihazlar → Cihaz bağla.</translation>
    </message>
    <message>
        <source>Linked. WhatsApp is loading the chats; sending starts when it is done.</source>
        <translation>Bağlandı. WhatsApp sohbetleri yüklüyor; bitince gönderim başlar.</translation>
    </message>
    <message>
        <source>Connected. Leads for this SDR are sent from this number.</source>
        <translation>Bağlı. Bu SDR&apos;ın kişilerine bu numaradan gönderilir.</translation>
    </message>
    <message>
        <source>WhatsApp is open in another window. Press &quot;Use here&quot; to continue sending from this app.</source>
        <translation>WhatsApp başka bir pencerede açık. Bu uygulamadan göndermeye devam etmek için &quot;Burada kullan&quot;a basın.</translation>
    </message>
    <message>
        <source>This device was logged out from the phone. Press Connect and scan the QR code again.</source>
        <translation>Bu cihazın oturumu telefondan kapatıldı. Bağlan&apos;a basın ve QR kodunu yeniden tarayın.</translation>
    </message>
    <message>
        <source>WhatsApp Web cannot be loaded. Check the internet connection; the app keeps retrying.</source>
        <translation>WhatsApp Web yüklenemiyor. İnternet bağlantısını kontrol edin; uygulama denemeye devam ediyor.</translation>
    </message>
    <message>
        <source>The linked WhatsApp number is not this SDR&apos;s number. Nothing is sent; disconnect and scan with the right phone.</source>
        <translation>Bağlı WhatsApp numarası bu SDR&apos;ın numarası değil. Hiçbir şey gönderilmez; bağlantıyı kesip doğru telefonla tarayın.</translation>
    </message>
    <message>
        <source>Hibernated to save memory. It wakes by itself when there is work, or when you open it.</source>
        <translation>Bellek tasarrufu için uyku modunda. İş olduğunda ya da siz açtığınızda kendiliğinden uyanır.</translation>
    </message>
    <message>
        <source>Something went wrong with this session. See the activity log for details.</source>
        <translation>Bu oturumda bir sorun oluştu. Ayrıntılar için etkinlik günlüğüne bakın.</translation>
    </message>
    <message>
        <source>Browser refused</source>
        <translation>Tarayıcı reddedildi</translation>
    </message>
    <message>
        <source>Paused: WhatsApp warning</source>
        <translation>Duraklatıldı: WhatsApp uyarısı</translation>
    </message>
    <message>
        <source>WhatsApp showed a warning, limit or ban notice for this number (its text is below). Sending is paused for this SDR. Read it on the page, then press Resume sending.</source>
        <translation>WhatsApp bu numara için bir uyarı, sınır veya yasak bildirimi gösterdi (metni aşağıda). Bu SDR için gönderim duraklatıldı. Sayfada okuyun, ardından Göndermeye devam et&apos;e basın.</translation>
    </message>
    <message>
        <source>WhatsApp says the phone is offline. Linked devices keep sending without it; check that it has battery and internet so that it stays linked.</source>
        <translation>WhatsApp telefonun çevrimdışı olduğunu söylüyor. Bağlı cihazlar onsuz göndermeye devam eder; bağlı kalması için pilinin ve internetinin olduğundan emin olun.</translation>
    </message>
    <message>
        <source>WhatsApp Web refuses this app&apos;s browser engine%1. Nothing is sent. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 from trixie-backports; this session tries again every few hours.</source>
        <translation>WhatsApp Web bu uygulamanın tarayıcı motorunu%1 reddediyor. Hiçbir şey gönderilmiyor. SDR Sender&apos;ı trixie-backports&apos;taki Qt WebEngine 6.10 ile Debian 13&apos;te çalıştırın; bu oturum birkaç saatte bir yeniden dener.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>%1 veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>%1 veritabanı bozuk ya da bir SDR Sender veritabanı değil (%2).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender.</source>
        <translation>%1 veritabanı SDR Sender&apos;ın daha yeni bir sürümüyle yazılmış (şema %2; bu sürüm en fazla %3 anlıyor). SDR Sender&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <source>No SDRs yet.</source>
        <translation>Henüz SDR yok.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>KİMLİK</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMARA</translation>
    </message>
    <message>
        <source>CONNECTED SINCE</source>
        <translation>BAĞLANTI BAŞLANGICI</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>KUYRUK</translation>
    </message>
    <message>
        <source>SENT TODAY</source>
        <translation>BUGÜN GÖNDERİLEN</translation>
    </message>
    <message>
        <source>FAILED TODAY</source>
        <translation>BUGÜN BAŞARISIZ</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>SON HATA</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (etkin değil)</translation>
    </message>
    <message>
        <source>UNCERTAIN</source>
        <translation>BELİRSİZ</translation>
    </message>
    <message>
        <source>REPLIED TODAY/7D</source>
        <translation>BUGÜN/7G YANITLAYAN</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; SDR Sender needs to write to it.</source>
        <translation>%1 veritabanı salt okunur; SDR Sender&apos;ın ona yazması gerekiyor.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SDR Sender needs to write its database there.</source>
        <translation>%1 klasörü salt okunur; SDR Sender&apos;ın veritabanını oraya yazması gerekiyor.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>%1 veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an SDR Sender database (%2).</source>
        <translation>%1 veritabanı bozuk ya da bir SDR Sender veritabanı değil (%2).</translation>
    </message>
    <message>
        <source>The database %1 failed its integrity check: %2</source>
        <translation>%1 veritabanı bütünlük denetiminden geçemedi: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>%1 veritabanı yapılandırılamıyor: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of SDR Sender (schema %2; this version understands up to %3). Update SDR Sender, or use another data directory.</source>
        <translation>%1 veritabanı SDR Sender&apos;ın daha yeni bir sürümüyle yazılmış (şema %2; bu sürüm en fazla %3 anlıyor). SDR Sender&apos;ı güncelleyin veya başka bir veri dizini kullanın.</translation>
    </message>
    <message>
        <source>Cannot start a migration of %1: %2</source>
        <translation>%1 geçişi başlatılamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot migrate %1 from schema %2 to %3: %4</source>
        <translation>%1, %2 şemasından %3 şemasına geçirilemiyor: %4</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Hariç tutma listesi</translation>
    </message>
    <message>
        <source>No SDR sends to these phones. Phones that replied with an opt-out are added automatically; a lead for a listed phone is reported as failed (opted_out) without opening its chat.</source>
        <translation>Hiçbir SDR bu telefonlara gönderim yapmaz. Ret yanıtı veren telefonlar otomatik olarak eklenir; listedeki bir telefona ait kişi, sohbeti açılmadan başarısız (opted_out) olarak bildirilir.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Kaldır…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV&apos;den içe aktar…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak aktar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Opt-out reply</source>
        <translation>Ret yanıtı</translation>
    </message>
    <message>
        <source>Added by a person</source>
        <translation>Elle eklendi</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV içe aktarma</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Telefon ekle</translation>
    </message>
    <message>
        <source>Phone number (with country code):</source>
        <translation>Telefon numarası (ülke koduyla):</translation>
    </message>
    <message>
        <source>Why may nobody message it?</source>
        <translation>Bu numaraya neden kimse mesaj göndermemeli?</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Eklendi.</translation>
    </message>
    <message>
        <source>That phone is on the list already.</source>
        <translation>Bu telefon zaten listede.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Kaldır: %1</translation>
    </message>
    <message>
        <source>Why may this phone be messaged again? (kept in the activity log)</source>
        <translation>Bu telefona neden yeniden mesaj gönderilebilir? (etkinlik günlüğünde saklanır)</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 kaldırıldı.</translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>Hariç tutma listesini içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added</source>
        <translation>
            <numerusform>%n telefon eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed</source>
        <translation>
            <numerusform>%n telefon zaten listedeydi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: %1</source>
        <translation>
            <numerusform>%n satır reddedildi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Hariç tutma listesini dışa aktar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n phone(s).</source>
        <translation>
            <numerusform>%n telefon dışa aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>İçe aktarmayı iptal et</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>import cancelled: the rest of the file was not imported</source>
        <translation>içe aktarma iptal edildi: dosyanın geri kalanı içe aktarılmadı</translation>
    </message>
</context>
<context>
    <name>SuppressionList</name>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; bir telefon numarası değil.</translation>
    </message>
    <message>
        <source>Say why the phone may be contacted again.</source>
        <translation>Telefonla neden yeniden iletişim kurulabileceğini belirtin.</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list.</source>
        <translation>%1 hariç tutma listesinde değil.</translation>
    </message>
    <message>
        <source>%1 removed from the suppression list: %2</source>
        <translation>%1 hariç tutma listesinden kaldırıldı: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Dosya %1 MiB&apos;den büyük.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Dosya UTF-8 metin değil. &quot;CSV UTF-8&quot; olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>The header must name a phone column.</source>
        <translation>Başlık satırında phone sütunu olmalı.</translation>
    </message>
    <message>
        <source>imported from a CSV file</source>
        <translation>bir CSV dosyasından içe aktarıldı</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>%1 dosyasından içe aktarıldı</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Veritabanına yazılamıyor: %1</translation>
    </message>
    <message>
        <source>Line %1: no phone.</source>
        <translation>Satır %1: telefon yok.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) added to the suppression list from a CSV file.</source>
        <translation>
            <numerusform>Bir CSV dosyasından hariç tutma listesine %n telefon eklendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationLoader</name>
    <message>
        <source>No translation for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; için çeviri yok.</translation>
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
        <translation>SDR Sender&apos;ı &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
</context>
<context>
    <name>WhatsAppDoctor</name>
    <message>
        <source>WhatsApp Web did not settle in time (still %1).</source>
        <translation>WhatsApp Web zamanında hazır olmadı (hâlâ %1).</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat did not open by the deep link in time.</source>
        <translation>SDR&apos;ın kendi sohbeti doğrudan bağlantıyla zamanında açılmadı.</translation>
    </message>
    <message>
        <source>There is no WhatsApp Web page to check.</source>
        <translation>Denetlenecek bir WhatsApp Web sayfası yok.</translation>
    </message>
    <message>
        <source>WhatsApp says the SDR&apos;s own number is invalid.</source>
        <translation>WhatsApp, SDR&apos;ın kendi numarasının geçersiz olduğunu söylüyor.</translation>
    </message>
    <message>
        <source>not used by this version</source>
        <translation>bu sürüm kullanmıyor</translation>
    </message>
    <message>
        <source>WhatsApp Web shows its refusal page (&quot;works with Google Chrome&quot;) for this engine. Run SDR Sender on Debian 13 with Qt WebEngine 6.10 (trixie-backports), or set &quot;userAgent&quot; in the override file.</source>
        <translation>WhatsApp Web bu motor için ret sayfasını (&quot;works with Google Chrome&quot;) gösteriyor. SDR Sender&apos;ı Qt WebEngine 6.10 (trixie-backports) ile Debian 13&apos;te çalıştırın veya geçersiz kılma dosyasında &quot;userAgent&quot; ayarlayın.</translation>
    </message>
    <message>
        <source>Not linked: what sending needs could not be checked. Link this SDR in the app, close it, then run sdr-sender --doctor --sdr ID.</source>
        <translation>Bağlı değil: göndermek için gerekenler denetlenemedi. Bu SDR&apos;ı uygulamada bağlayın, uygulamayı kapatın, ardından sdr-sender --doctor --sdr ID çalıştırın.</translation>
    </message>
    <message>
        <source>The SDR&apos;s own chat shows no message of theirs: outgoingMessage, messageText and statusIcon could not be checked.</source>
        <translation>SDR&apos;ın kendi sohbetinde kendisine ait mesaj yok: outgoingMessage, messageText ve statusIcon denetlenemedi.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>SDR Sender: WhatsApp Web check</source>
        <translation>SDR Sender: WhatsApp Web denetimi</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Kullanıcı aracısı</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Refusal page</source>
        <translation>Ret sayfası</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Own chat</source>
        <translation>Kendi sohbeti</translation>
    </message>
    <message>
        <source>opened by the deep link, not sent: compose box %1, prefilled %2, Send button %3</source>
        <translation>doğrudan bağlantıyla açıldı, gönderilmedi: yazma kutusu %1, önceden dolduruldu %2, Gönder düğmesi %3</translation>
    </message>
    <message>
        <source>not opened</source>
        <translation>açılmadı</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>ANAHTAR</translation>
    </message>
    <message>
        <source>FOUND</source>
        <translation>BULUNDU</translation>
    </message>
    <message>
        <source>WHERE IT APPLIES</source>
        <translation>NEREDE GEÇERLİ</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>GEÇERSİZ</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>evet (%1)</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>EKSİK</translation>
    </message>
    <message>
        <source> [needed to send]</source>
        <translation> [göndermek için gerekli]</translation>
    </message>
    <message>
        <source>Result: OK. Everything sending needs was found.</source>
        <translation>Sonuç: TAMAM. Göndermek için gereken her şey bulundu.</translation>
    </message>
    <message>
        <source>Result: NOT OK.</source>
        <translation>Sonuç: TAMAM DEĞİL.</translation>
    </message>
    <message>
        <source>Missing: %1. Put corrected values for these keys in %2 (a JSON object with just those keys); it takes effect at the next start.</source>
        <translation>Eksik: %1. Bu anahtarların düzeltilmiş değerlerini %2 dosyasına yazın (yalnızca bu anahtarları içeren bir JSON nesnesi); bir sonraki başlatmada geçerli olur.</translation>
    </message>
    <message>
        <source>The page of a running session was checked as it is; its own chat was not opened because the session was busy (try again when it is idle).</source>
        <translation>Çalışan bir oturumun sayfası olduğu gibi denetlendi; oturum meşgul olduğu için kendi sohbeti açılmadı (oturum boşta olduğunda yeniden deneyin).</translation>
    </message>
</context>
<context>
    <name>WhatsAppSession</name>
    <message>
        <source>WhatsApp showed a dialog over the chat</source>
        <translation>WhatsApp sohbetin üzerinde bir iletişim kutusu gösterdi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Daha fazla bilgi için &apos;%1 --help&apos; deneyin.</translation>
    </message>
    <message>
        <source>SDR Sender</source>
        <translation>SDR Sender</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo.</source>
        <translation>Demo için geçici bir klasör oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Close SDR Sender first, or use Help &gt; Check WhatsApp Web in it.</source>
        <translation>Önce SDR Sender&apos;ı kapatın veya içinde Yardım &gt; WhatsApp Web&apos;i denetle&apos;yi kullanın.</translation>
    </message>
    <message>
        <source>There is no WhatsApp profile for the SDR &quot;%1&quot; in %2.</source>
        <translation>%2 içinde &quot;%1&quot; SDR&apos;ı için WhatsApp profili yok.</translation>
    </message>
</context>
</TS>
