<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Seller CRM: buyer segments and targeted communications.</source>
        <translation>Seller CRM: сегменты покупателей и таргетированные коммуникации.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt;.</source>
        <translation>Подключиться к серверу по адресу &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Read the API token from &lt;file&gt;.</source>
        <translation>Прочитать API-токен из файла &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open a support snapshot read-only.</source>
        <translation>Открыть снимок для поддержки только для чтения.</translation>
    </message>
    <message>
        <source>Open the demo store (starts the bundled server).</source>
        <translation>Открыть демо-магазин (запускает встроенный сервер).</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>Use this cache file instead of the account's.</source>
        <translation>Использовать этот файл кэша вместо кэша учётной записи.</translation>
    </message>
    <message>
        <source>With --grab: the PNG file to write.</source>
        <translation>С --grab: PNG-файл для записи.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL, got “%1”.</source>
        <translation>--server ожидает URL с http:// или https://, получено «%1».</translation>
    </message>
    <message>
        <source>--server needs --token-file with the API token.</source>
        <translation>--server требует --token-file с API-токеном.</translation>
    </message>
    <message>
        <source>--lang must be ru or en, got “%1”.</source>
        <translation>--lang должен быть ru или en, получено «%1».</translation>
    </message>
    <message>
        <source>--grab needs the page and the output file: --grab home out.png</source>
        <translation>--grab требует страницу и выходной файл: --grab home out.png</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>Render &lt;page&gt; at 1440×900 to the PNG file given after it and exit. Pages: home, segments, segment:&lt;sub-segment&gt;, portrait, buyers, communications, wizard:goal, wizard:1, wizard:2, wizard:3, wizard:review; add :empty, :error, :offline or :loading for a state.</source>
        <translation>Отрисовать &lt;page&gt; в размере 1440×900 в PNG-файл, указанный следом, и выйти. Страницы: home, segments, segment:&lt;подсегмент&gt;, portrait, buyers, communications, wizard:goal, wizard:1, wizard:2, wizard:3, wizard:review; для состояния добавьте :empty, :error, :offline или :loading.</translation>
    </message>
    <message>
        <source>Print “painted” on standard output once the first page is painted with its data, and “warmed” once the pages made in the background have read their data (start-up benchmarks).</source>
        <translation>Вывести «painted» в стандартный вывод, когда первая страница отрисована с данными, и «warmed», когда страницы, созданные в фоне, прочитали свои данные (замеры запуска).</translation>
    </message>
</context>
<context>
    <name>ChatStates</name>
    <message>
        <source>Write</source>
        <translation>Написать</translation>
    </message>
    <message>
        <source>Open the chat with this buyer.</source>
        <translation>Открыть чат с этим покупателем.</translation>
    </message>
    <message>
        <source>The buyer has blocked messages from your store.</source>
        <translation>Покупатель заблокировал сообщения от вашего магазина.</translation>
    </message>
    <message>
        <source>You can write once the buyer's first order has been delivered.</source>
        <translation>Написать можно после того, как первый заказ покупателя будет доставлен.</translation>
    </message>
    <message>
        <source>Your store is not verified yet: you can only answer chats the buyer started. Verify the store to write first.</source>
        <translation>Ваш магазин ещё не верифицирован: вы можете только отвечать в чатах, которые начал покупатель. Пройдите верификацию, чтобы писать первым.</translation>
    </message>
</context>
<context>
    <name>CommunicationStatus</name>
    <message>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>On moderation</source>
        <translation>На модерации</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>CsvExportRunner</name>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>Экспорт строк: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation>
            <numerusform>Экспортирована %n строка в %1</numerusform>
            <numerusform>Экспортировано %n строки в %1</numerusform>
            <numerusform>Экспортировано %n строк в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>The cached segmentation cannot be read (%1). Sync again to replace it.</source>
        <translation>Не удалось прочитать сохранённую сегментацию (%1). Синхронизируйте данные ещё раз, чтобы заменить её.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Переходы</translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Regular buyers</source>
        <translation>Постоянные покупатели</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Новые покупатели</translation>
    </message>
    <message>
        <source>Potential buyers</source>
        <translation>Потенциальные покупатели</translation>
    </message>
    <message>
        <source>Ordered from you two or more times in the last 90 days. Split into Top, Loyal and At risk by how often and how much they buy.</source>
        <translation>Заказывали у вас два раза и более за последние 90 дней. Делятся на «Топ», «Лояльные» и «Под угрозой ухода» по частоте и сумме покупок.</translation>
    </message>
    <message>
        <source>Made their first and only order from you in the last 90 days.</source>
        <translation>Сделали у вас первый и единственный заказ за последние 90 дней.</translation>
    </message>
    <message>
        <source>Have not ordered in the last 90 days but know you: bought before, or looked at your products or your categories.</source>
        <translation>Не заказывали за последние 90 дней, но знают вас: покупали раньше или интересовались вашими товарами или категориями.</translation>
    </message>
</context>
<context>
    <name>sellercrm::AppController</name>
    <message>
        <source>Open snapshot</source>
        <translation>Открыть снимок</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Не удалось прочитать файл токена %1: %2</translation>
    </message>
    <message>
        <source>The cache file %1 does not exist.</source>
        <translation>Файл кэша %1 не существует.</translation>
    </message>
    <message>
        <source>--grab needs --server, --snapshot, --cache or --demo.</source>
        <translation>--grab требует --server, --snapshot, --cache или --demo.</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be opened: %2</source>
        <translation>Не удалось открыть снимок %1: %2</translation>
    </message>
    <message>
        <source>Support snapshot of “%1”, exported %2. Read-only: nothing can be sent or changed from here.</source>
        <translation>Снимок для поддержки магазина «%1», выгружен %2. Только для чтения: отсюда ничего нельзя отправить или изменить.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token is kept for this session only and asked for again next time.</source>
        <translation>Системное хранилище ключей недоступно (%1): токен сохранён только на этот сеанс и будет запрошен снова при следующем запуске.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: the first sync has not finished.</source>
        <translation>Экспортировать пока нечего: первая синхронизация ещё не завершена.</translation>
    </message>
    <message>
        <source>The snapshot was not exported: %1</source>
        <translation>Снимок не экспортирован: %1</translation>
    </message>
    <message>
        <source>Snapshot exported to %1. It holds no token and no unsent data.</source>
        <translation>Снимок экспортирован в %1. В нём нет токена и неотправленных данных.</translation>
    </message>
    <message>
        <source>The snapshot opens in a new read-only window.</source>
        <translation>Снимок откроется в новом окне только для чтения.</translation>
    </message>
    <message>
        <source>The snapshot window could not be started.</source>
        <translation>Не удалось открыть окно снимка.</translation>
    </message>
    <message>
        <source>The first sync did not finish in time; rendering what is cached.</source>
        <translation>Первая синхронизация не завершилась вовремя; отрисовываются данные из кэша.</translation>
    </message>
    <message>
        <source>The server did not answer (connection refused). Nothing is lost: try again in a minute.</source>
        <translation>Сервер не ответил (в соединении отказано). Ничего не потеряно: попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>The window rendered at %1×%2 instead of 1440×900.</source>
        <translation>Окно отрисовано в размере %1×%2 вместо 1440×900.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>The local data cannot be written, so nothing can be deleted now.</source>
        <translation>Локальные данные недоступны для записи, поэтому сейчас ничего нельзя удалить.</translation>
    </message>
    <message>
        <source>The local data cannot be written, so the audience cannot be saved now.</source>
        <translation>Локальные данные недоступны для записи, поэтому сейчас аудиторию нельзя сохранить.</translation>
    </message>
    <message>
        <source>Unknown page “%1” for --grab. Pages: home, segments, segment:&lt;sub-segment&gt;, portrait, buyers, communications, %2; states :empty, :error, :offline, :loading.</source>
        <translation>Неизвестная страница «%1» для --grab. Страницы: home, segments, segment:&lt;подсегмент&gt;, portrait, buyers, communications, %2; состояния :empty, :error, :offline, :loading.</translation>
    </message>
    <message>
        <source>There is no cached data to open the wizard over.</source>
        <translation>Нет сохранённых данных, чтобы открыть мастер.</translation>
    </message>
</context>
<context>
    <name>sellercrm::AudienceStep</name>
    <message>
        <source>Who receives it</source>
        <translation>Кто получит</translation>
    </message>
    <message>
        <source>All your buyers in 90 days</source>
        <translation>Все ваши покупатели за 90 дней</translation>
    </message>
    <message>
        <source>Regular and new buyers: everyone who ordered from you in the last 90 days.</source>
        <translation>Постоянные и новые покупатели: все, кто заказывал у вас за последние 90 дней.</translation>
    </message>
    <message>
        <source>%1 · %2 buyers</source>
        <translation>%1 · покупателей: %2</translation>
    </message>
    <message>
        <source>No buyers in this segment now, so there is no one to send to.</source>
        <translation>Сейчас в этом сегменте нет покупателей, отправлять некому.</translation>
    </message>
    <message>
        <source>Or a saved audience:</source>
        <translation>Или сохранённая аудитория:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Buyers narrowed by conditions on the Buyer portrait page and saved under a name.</source>
        <translation>Покупатели, отобранные по условиям на странице «Портрет покупателя» и сохранённые под именем.</translation>
    </message>
    <message>
        <source>Save an audience on the Buyer portrait page to choose it here.</source>
        <translation>Сохраните аудиторию на странице «Портрет покупателя», чтобы выбрать её здесь.</translation>
    </message>
</context>
<context>
    <name>sellercrm::BackToTopButton</name>
    <message>
        <source>↑ Back to top</source>
        <translation>↑ Наверх</translation>
    </message>
</context>
<context>
    <name>sellercrm::BenefitsDrawer</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Premium Plus</source>
        <translation>Premium Plus</translation>
    </message>
    <message>
        <source>This action is part of the Premium Plus subscription. With it you can:</source>
        <translation>Это действие входит в подписку Premium Plus. С ней вы можете:</translation>
    </message>
    <message>
        <source>Send push and in-app mailings to your own buyers: %1 messages a month are included.</source>
        <translation>Отправлять push-рассылки и рассылки в приложении своим покупателям: в подписку входит %1 сообщений в месяц.</translation>
    </message>
    <message>
        <source>Announce new arrivals to your Top buyers and bring At-risk buyers back with a promo code.</source>
        <translation>Рассказывать о новинках покупателям из сегмента «Топ» и возвращать покупателей «Под угрозой ухода» с помощью промокода.</translation>
    </message>
    <message>
        <source>Reach New buyers with an order-total discount mailing right after their first order.</source>
        <translation>Отправлять новым покупателям рассылку со скидкой от суммы заказа сразу после первого заказа.</translation>
    </message>
    <message>
        <source>See every mailing's delivery, opens and clicks over time.</source>
        <translation>Видеть доставку, открытия и переходы по каждой рассылке в динамике.</translation>
    </message>
    <message>
        <source>Banners, bonuses and every action for Potential buyers stay available without a subscription.</source>
        <translation>Баннеры, бонусы и все действия для потенциальных покупателей доступны и без подписки.</translation>
    </message>
    <message>
        <source>Subscriptions are managed in your seller account on the marketplace.</source>
        <translation>Подписками можно управлять в личном кабинете продавца на маркетплейсе.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
</context>
<context>
    <name>sellercrm::BonusPricingText</name>
    <message>
        <source>Subscription discount</source>
        <translation>Скидка по подписке</translation>
    </message>
    <message>
        <source>First campaign discount</source>
        <translation>Скидка на первую кампанию</translation>
    </message>
    <message>
        <source>Volume discount</source>
        <translation>Скидка за объём</translation>
    </message>
    <message>
        <source>%1 bonuses × %2 recipients: %3</source>
        <translation>%1 бонусов × %2 получателей: %3</translation>
    </message>
    <message>
        <source>%1: −%2 (−%3)</source>
        <translation>%1: −%2 (−%3)</translation>
    </message>
    <message>
        <source>Discounts are capped at %1 in total</source>
        <translation>Суммарная скидка — не больше %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::BuyersModel</name>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Orders in 90 days</source>
        <translation>Заказов за 90 дней</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Интересы</translation>
    </message>
    <message>
        <source>Recommended products</source>
        <translation>Рекомендуемые товары</translation>
    </message>
    <message>
        <source>Last communication</source>
        <translation>Последняя коммуникация</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>sellercrm::BuyersPage</name>
    <message>
        <source>Viewed</source>
        <translation>Просмотрел</translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation>Добавил в корзину</translation>
    </message>
    <message>
        <source>Added to favourites</source>
        <translation>Добавил в избранное</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Заказал</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Search by buyer ID</source>
        <translation>Поиск по ID покупателя</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Buyer actions</source>
        <translation>Действия покупателя</translation>
    </message>
    <message>
        <source>Last communication</source>
        <translation>Последняя коммуникация</translation>
    </message>
    <message>
        <source>Chat with buyer %1: chats open in a later version of the app.</source>
        <translation>Чат с покупателем %1: чаты появятся в следующей версии приложения.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Dates after today cannot be chosen.</source>
        <translation>Нельзя выбрать дату позже сегодняшней.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Buyers who received a communication since this date (up to 3 months back).</source>
        <translation>Покупатели, получившие коммуникацию начиная с этой даты (не раньше чем 3 месяца назад).</translation>
    </message>
    <message>
        <source>No earlier than 3 months back and no later than today.</source>
        <translation>Не раньше чем 3 месяца назад и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Any of your products</source>
        <translation>Любой из ваших товаров</translation>
    </message>
    <message>
        <source>“From” must not exceed “To”.</source>
        <translation>Значение «От» не должно превышать «До».</translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation>Покупателей пока нет</translation>
    </message>
    <message>
        <source>Buyers appear here after their first order in your store.</source>
        <translation>Покупатели появятся здесь после первого заказа в вашем магазине.</translation>
    </message>
    <message>
        <source>Average check %1 – %2</source>
        <translation>Средний чек %1 – %2</translation>
    </message>
    <message>
        <source>Average check from %1</source>
        <translation>Средний чек от %1</translation>
    </message>
    <message>
        <source>Average check up to %1</source>
        <translation>Средний чек до %1</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Товар: %1</translation>
    </message>
    <message>
        <source>Actions on %1</source>
        <translation>Действия за %1</translation>
    </message>
    <message>
        <source>Actions %1 – %2</source>
        <translation>Действия %1 – %2</translation>
    </message>
    <message>
        <source>Last communication since %1</source>
        <translation>Последняя коммуникация с %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationDetailsDialog</name>
    <message>
        <source>No results yet: figures appear once the communication is sent.</source>
        <translation>Результатов пока нет: показатели появятся после отправки коммуникации.</translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationValidator</name>
    <message>
        <source>Enter the discount in % or in ₽.</source>
        <translation>Укажите скидку в % или в ₽.</translation>
    </message>
    <message>
        <source>Give the discount either in % or in ₽, not both.</source>
        <translation>Укажите скидку либо в %, либо в ₽, но не в обоих сразу.</translation>
    </message>
    <message>
        <source>The discount is from %1% to %2%.</source>
        <translation>Скидка — от %1% до %2%.</translation>
    </message>
    <message>
        <source>The discount is at least %1.</source>
        <translation>Скидка — не меньше %1.</translation>
    </message>
    <message>
        <source>The discount must be less than the minimum order amount (%1).</source>
        <translation>Скидка должна быть меньше минимальной суммы заказа (%1).</translation>
    </message>
    <message>
        <source>Enter the minimum order amount.</source>
        <translation>Укажите минимальную сумму заказа.</translation>
    </message>
    <message>
        <source>The minimum order amount is at least %1.</source>
        <translation>Минимальная сумма заказа — не меньше %1.</translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation>Выберите дату начала.</translation>
    </message>
    <message>
        <source>The start cannot be in the past.</source>
        <translation>Дата начала не может быть в прошлом.</translation>
    </message>
    <message>
        <source>Choose the end date.</source>
        <translation>Выберите дату окончания.</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>Дата окончания не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>The period is at most %1 days.</source>
        <translation>Период — не больше %1 дн.</translation>
    </message>
    <message>
        <source>Either generate the code or type it, not both.</source>
        <translation>Либо сгенерируйте код, либо введите его вручную, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Type the promo code or let it be generated.</source>
        <translation>Введите промокод или сгенерируйте его автоматически.</translation>
    </message>
    <message>
        <source>The code has at least %1 characters.</source>
        <translation>Код должен содержать не меньше %1 символов.</translation>
    </message>
    <message>
        <source>The code has at most %1 characters.</source>
        <translation>Код должен содержать не больше %1 символов.</translation>
    </message>
    <message>
        <source>Use only the Latin capital letters A–Z and digits 0–9.</source>
        <translation>Используйте только заглавные латинские буквы A–Z и цифры 0–9.</translation>
    </message>
    <message>
        <source>You already have a promo code %1.</source>
        <translation>У вас уже есть промокод %1.</translation>
    </message>
    <message>
        <source>Choose whether the code is single-use or multi-use.</source>
        <translation>Выберите, будет код одноразовым или многоразовым.</translation>
    </message>
    <message>
        <source>Enter the bonuses per buyer.</source>
        <translation>Укажите количество бонусов на покупателя.</translation>
    </message>
    <message>
        <source>From %1 to %2 bonuses per buyer.</source>
        <translation>От %1 до %2 бонусов на покупателя.</translation>
    </message>
    <message>
        <source>Enter the number of recipients.</source>
        <translation>Укажите количество получателей.</translation>
    </message>
    <message>
        <source>From 1 to %1 recipients: the buyers in the audience.</source>
        <translation>От 1 до %1 получателей: покупатели в аудитории.</translation>
    </message>
    <message>
        <source>Choose how long the bonuses are valid.</source>
        <translation>Выберите срок действия бонусов.</translation>
    </message>
    <message>
        <source>Bonuses are valid 7, 14, 30, 60 or 90 days.</source>
        <translation>Бонусы действуют 7, 14, 30, 60 или 90 дней.</translation>
    </message>
    <message>
        <source>The image must be a PNG or a JPEG.</source>
        <translation>Изображение должно быть в формате PNG или JPEG.</translation>
    </message>
    <message>
        <source>The image is at most %1 MB.</source>
        <translation>Размер изображения — не больше %1 МБ.</translation>
    </message>
    <message>
        <source>The image is at least %1×%2 px.</source>
        <translation>Изображение должно быть не меньше %1×%2 пикс.</translation>
    </message>
    <message>
        <source>The image must be 2:1 (± 5 %).</source>
        <translation>Пропорции изображения должны быть 2:1 (± 5 %).</translation>
    </message>
    <message>
        <source>Enter the text.</source>
        <translation>Введите текст.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Не меньше %1 символов.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Не больше %1 символов (сейчас %2).</translation>
    </message>
    <message>
        <source>The link leads to the promotion's collection.</source>
        <translation>Ссылка ведёт на подборку акции.</translation>
    </message>
    <message>
        <source>Bonus campaigns lead to your store showcase.</source>
        <translation>Бонусные кампании ведут на витрину вашего магазина.</translation>
    </message>
    <message>
        <source>Choose where the link leads: a product, a collection or your showcase.</source>
        <translation>Выберите, куда ведёт ссылка: на товар, подборку или витрину магазина.</translation>
    </message>
    <message>
        <source>Without a promotion, lead to a product, a collection or your showcase.</source>
        <translation>Без акции ссылка может вести на товар, подборку или витрину магазина.</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>Выберите товар.</translation>
    </message>
    <message>
        <source>Choose a collection.</source>
        <translation>Выберите подборку.</translation>
    </message>
    <message>
        <source>You have no such product.</source>
        <translation>У вас нет такого товара.</translation>
    </message>
    <message>
        <source>You have no such collection.</source>
        <translation>У вас нет такой подборки.</translation>
    </message>
    <message>
        <source>The showcase needs no id.</source>
        <translation>Для витрины ID не нужен.</translation>
    </message>
    <message>
        <source>A bonus campaign goes to the offer's recipients.</source>
        <translation>Бонусная кампания отправляется получателям предложения.</translation>
    </message>
    <message>
        <source>A bonus campaign uses the fixed message template.</source>
        <translation>Бонусная кампания использует фиксированный шаблон сообщения.</translation>
    </message>
    <message>
        <source>From 1 to %1 recipients: your own buyers in the audience.</source>
        <translation>От 1 до %1 получателей: ваши покупатели в аудитории.</translation>
    </message>
    <message>
        <source>Only %1 mailings are left this month.</source>
        <translation>В этом месяце осталось рассылок: %1.</translation>
    </message>
    <message>
        <source>Choose the send date.</source>
        <translation>Выберите дату отправки.</translation>
    </message>
    <message>
        <source>Generate a banner or upload your own.</source>
        <translation>Сгенерируйте баннер или загрузите свой.</translation>
    </message>
    <message>
        <source>Upload the banner image.</source>
        <translation>Загрузите изображение баннера.</translation>
    </message>
    <message>
        <source>The banner is exactly %1×%2 px.</source>
        <translation>Размер баннера — ровно %1×%2 пикс.</translation>
    </message>
    <message>
        <source>The promotion ends on %1: the banner cannot run longer.</source>
        <translation>Акция заканчивается %1: баннер не может показываться дольше.</translation>
    </message>
    <message>
        <source>Enter the daily budget.</source>
        <translation>Укажите дневной бюджет.</translation>
    </message>
    <message>
        <source>The daily budget is at least %1.</source>
        <translation>Дневной бюджет — не меньше %1.</translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation>Выберите аудиторию.</translation>
    </message>
    <message>
        <source>Choose either a saved audience or segments, not both.</source>
        <translation>Выберите либо сохранённую аудиторию, либо сегменты, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>There is no such saved audience.</source>
        <translation>Такой сохранённой аудитории нет.</translation>
    </message>
    <message>
        <source>This audience has no buyers yet.</source>
        <translation>В этой аудитории пока нет покупателей.</translation>
    </message>
    <message>
        <source>Choose a promotion.</source>
        <translation>Выберите акцию.</translation>
    </message>
    <message>
        <source>You have no such promotion.</source>
        <translation>У вас нет такой акции.</translation>
    </message>
    <message>
        <source>The promotion ended on %1.</source>
        <translation>Акция закончилась %1.</translation>
    </message>
    <message>
        <source>The platform fixes the installment term at %1 months.</source>
        <translation>Площадка устанавливает срок рассрочки: %1 мес.</translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationsModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Target page</source>
        <translation>Целевая страница</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Открываемость</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Переходы</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Saved audience</source>
        <translation>Сохранённая аудитория</translation>
    </message>
    <message>
        <source>All your buyers in 90 days</source>
        <translation>Все ваши покупатели за 90 дней</translation>
    </message>
    <message>
        <source>%1
Click to copy the SKU</source>
        <translation>%1
Нажмите, чтобы скопировать артикул</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Отклонена: %1</translation>
    </message>
    <message>
        <source>Being deleted: the deletion is sent when the connection allows.</source>
        <translation>Удаляется: запрос на удаление будет отправлен, когда появится соединение.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationsPage</name>
    <message>
        <source>Communications</source>
        <translation>Коммуникации</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Поиск по названию</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>Banners</source>
        <translation>Баннеры</translation>
    </message>
    <message>
        <source>Only a communication on moderation can be deleted.</source>
        <translation>Удалить можно только коммуникацию на модерации.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>No communications yet</source>
        <translation>Коммуникаций пока нет</translation>
    </message>
    <message>
        <source>Mailings and banners you create appear here with their status and results.</source>
        <translation>Здесь появятся созданные вами рассылки и баннеры с их статусами и результатами.</translation>
    </message>
    <message>
        <source>Sent %1 – %2</source>
        <translation>Отправка %1 – %2</translation>
    </message>
    <message>
        <source>Sent from %1</source>
        <translation>Отправка с %1</translation>
    </message>
    <message>
        <source>Sent up to %1</source>
        <translation>Отправка до %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Delete the communication</source>
        <translation>Удалить коммуникацию</translation>
    </message>
    <message>
        <source>Deleting is not available in a read-only snapshot.</source>
        <translation>В снимке только для чтения удаление недоступно.</translation>
    </message>
    <message>
        <source>Delete the communication?</source>
        <translation>Удалить коммуникацию?</translation>
    </message>
    <message>
        <source>“%1” will be withdrawn from moderation and deleted. This cannot be undone.</source>
        <translation>«%1» будет снята с модерации и удалена. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>The communication will be deleted.</source>
        <translation>Коммуникация будет удалена.</translation>
    </message>
</context>
<context>
    <name>sellercrm::ConditionBuilder</name>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source> ₽</source>
        <translation> ₽</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Buyers matching</source>
        <translation>Покупатели, подходящие под</translation>
    </message>
    <message>
        <source>of these:</source>
        <translation>из этих условий:</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Условие</translation>
    </message>
    <message>
        <source>Add a condition on gender, age, region, average check or category</source>
        <translation>Добавить условие по полу, возрасту, региону, среднему чеку или категории</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Группа</translation>
    </message>
    <message>
        <source>Add a group of conditions joined by their own AND / OR</source>
        <translation>Добавить группу условий со своим И / ИЛИ</translation>
    </message>
    <message>
        <source>all (AND)</source>
        <translation>всех (И)</translation>
    </message>
    <message>
        <source>any (OR)</source>
        <translation>любого (ИЛИ)</translation>
    </message>
    <message>
        <source>AND: a buyer matches every condition. OR: a buyer matches at least one.</source>
        <translation>И: покупатель подходит под все условия. ИЛИ: хотя бы под одно.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить условие</translation>
    </message>
    <message>
        <source>Group: buyers matching</source>
        <translation>Группа: покупатели, подходящие под</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Удалить группу и её условия</translation>
    </message>
    <message>
        <source>No conditions: the charts show every buyer of the segment.</source>
        <translation>Условий нет: графики показывают всех покупателей сегмента.</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Аудитория: %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::DashboardPage</name>
    <message>
        <source>Create a mailing or banner</source>
        <translation>Создать рассылку или баннер</translation>
    </message>
    <message>
        <source>Buyers over the last 90 days, as of %1</source>
        <translation>Покупатели за последние 90 дней, данные на %1</translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation>Покупателей пока нет</translation>
    </message>
    <message>
        <source>Segments appear once buyers order from you or look at your products. Check back after your first orders.</source>
        <translation>Сегменты появятся, когда покупатели начнут заказывать у вас или смотреть ваши товары. Загляните сюда после первых заказов.</translation>
    </message>
    <message>
        <source>This is a read-only support snapshot: sending is disabled.</source>
        <translation>Это снимок для поддержки только для чтения: отправка отключена.</translation>
    </message>
    <message>
        <source>Available with the Premium Plus subscription. Click to see what it gives.</source>
        <translation>Доступно с подпиской Premium Plus. Нажмите, чтобы узнать, что она даёт.</translation>
    </message>
    <message>
        <source>You are offline. Showing the data of the last sync, %1 (%2). New mailings and banners wait in the outbox until the connection returns.</source>
        <translation>Нет подключения к сети. Показаны данные последней синхронизации, %1 (%2). Новые рассылки и баннеры ждут в очереди на отправку, пока соединение не восстановится.</translation>
    </message>
</context>
<context>
    <name>sellercrm::DemoServer</name>
    <message>
        <source>The demo server (sellercrm-server) was not found next to the app. Reinstall the app or set SELLERCRM_SERVER to its path.</source>
        <translation>Демо-сервер (sellercrm-server) не найден рядом с приложением. Переустановите приложение или укажите путь к нему в SELLERCRM_SERVER.</translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation>Не удалось создать папку демо-данных %1.</translation>
    </message>
    <message>
        <source>Generating the demo store…</source>
        <translation>Создание демо-магазина…</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Загрузка демо-данных…</translation>
    </message>
    <message>
        <source>Signing in to the demo store…</source>
        <translation>Вход в демо-магазин…</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation>Демо-сервер остановился (код выхода %1): %2</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Не удалось запустить демо-сервер: %1</translation>
    </message>
    <message>
        <source>Preparing the demo failed: %1</source>
        <translation>Не удалось подготовить демо: %1</translation>
    </message>
    <message>
        <source>The demo server did not issue a token.</source>
        <translation>Демо-сервер не выдал токен.</translation>
    </message>
    <message>
        <source>Adding the demo seller's mailings and banners…</source>
        <translation>Добавление рассылок и баннеров демо-продавца…</translation>
    </message>
</context>
<context>
    <name>sellercrm::DynamicsView</name>
    <message>
        <source>In 30 days: joined %1, left %2, net change %3</source>
        <translation>За 30 дней: пришли %1, ушли %2, итоговое изменение %3</translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation>за 30 дней</translation>
    </message>
    <message>
        <source>Joined in 30 days</source>
        <translation>Пришли за 30 дней</translation>
    </message>
    <message>
        <source>Left in 30 days</source>
        <translation>Ушли за 30 дней</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Итоговое изменение</translation>
    </message>
</context>
<context>
    <name>sellercrm::FilterChip</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sellercrm::FilteredTablePage</name>
    <message>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>Create a mailing or banner</source>
        <translation>Создать рассылку или баннер</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No rows match the filters and the search. Change or clear them.</source>
        <translation>Нет строк, подходящих под фильтры и поиск. Измените или сбросьте их.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Выберите столбцы для отображения</translation>
    </message>
    <message>
        <source>This column is always shown.</source>
        <translation>Этот столбец показывается всегда.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Сбросить по умолчанию</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
</context>
<context>
    <name>sellercrm::FirstRunDialog</name>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <source>Welcome to Seller CRM</source>
        <translation>Добро пожаловать в Seller CRM</translation>
    </message>
    <message>
        <source>See who your buyers are and what to send them. Connect your store, or look around in a demo store first.</source>
        <translation>Узнайте, кто ваши покупатели и что им отправить. Подключите свой магазин или сначала осмотритесь в демо-магазине.</translation>
    </message>
    <message>
        <source>Connect your store</source>
        <translation>Подключите свой магазин</translation>
    </message>
    <message>
        <source>API token from your seller account</source>
        <translation>API-токен из личного кабинета продавца</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <source>The token is kept in your system keychain, never in a plain file.</source>
        <translation>Токен хранится в системном хранилище ключей, а не в обычном файле.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Попробуйте демо</translation>
    </message>
    <message>
        <source>Starts a local demo server with a generated store: thousands of buyers, orders and segments. Nothing leaves this computer.</source>
        <translation>Запускает локальный демо-сервер со сгенерированным магазином: тысячи покупателей, заказов и сегментов. Никакие данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://crm.example.com</source>
        <translation>Введите адрес сервера, например https://crm.example.com</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Введите API-токен.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>sellercrm::FormatRulesText</name>
    <message>
        <source>This audience has no buyers yet. Choose another segment.</source>
        <translation>В этой аудитории пока нет покупателей. Выберите другой сегмент.</translation>
    </message>
    <message>
        <source>Mailings reach only your own buyers, and this audience has only potential buyers. Offer them bonuses or create a banner.</source>
        <translation>Рассылки получают только ваши покупатели, а в этой аудитории только потенциальные. Предложите им бонусы или создайте баннер.</translation>
    </message>
    <message>
        <source>Mailings come with the Premium Plus subscription. Create a banner or a bonus campaign instead.</source>
        <translation>Рассылки доступны с подпиской Premium Plus. Вместо рассылки создайте баннер или бонусную кампанию.</translation>
    </message>
    <message>
        <source>Your Premium Plus subscription ended on %1. Renew it to send mailings, or create a banner or a bonus campaign.</source>
        <translation>Ваша подписка Premium Plus закончилась %1. Продлите её, чтобы отправлять рассылки, или создайте баннер или бонусную кампанию.</translation>
    </message>
    <message>
        <source>You have used all mailings of this month. The quota renews on %1; until then create a banner or a bonus campaign.</source>
        <translation>Вы использовали все рассылки этого месяца. Лимит обновится %1, а пока создайте баннер или бонусную кампанию.</translation>
    </message>
    <message>
        <source>Banners do not carry bonuses. Send bonuses with a mailing.</source>
        <translation>Баннеры не содержат бонусов. Отправляйте бонусы рассылкой.</translation>
    </message>
    <message>
        <source>This audience also has potential buyers: only your own %1 buyers receive the mailing.</source>
        <translation>В этой аудитории есть и потенциальные покупатели: рассылку получат только ваши покупатели (%1).</translation>
    </message>
</context>
<context>
    <name>sellercrm::FormatStep</name>
    <message>
        <source>How it reaches buyers</source>
        <translation>Как покупатели это увидят</translation>
    </message>
    <message>
        <source>Mailing: push and chat message</source>
        <translation>Рассылка: push и сообщение в чате</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Баннер</translation>
    </message>
    <message>
        <source>Make a banner instead</source>
        <translation>Сделать баннер</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>A promotion links to its collection and bonuses to your store showcase; the link cannot be changed.</source>
        <translation>Акция ведёт на свою подборку, бонусы — на витрину магазина; ссылку изменить нельзя.</translation>
    </message>
    <message>
        <source>A product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>A collection</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <source>Store showcase</source>
        <translation>Витрина магазина</translation>
    </message>
    <message>
        <source>Search by name or SKU</source>
        <translation>Поиск по названию или артикулу</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Choose a collection</source>
        <translation>Выберите подборку</translation>
    </message>
    <message>
        <source>%1 · SKU %2 · %3</source>
        <translation>%1 · артикул %2 · %3</translation>
    </message>
    <message>
        <source>A bonus campaign uses the platform's fixed text; it cannot be edited.</source>
        <translation>Бонусная кампания использует фиксированный текст площадки, его нельзя изменить.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Empty: made from the offer</source>
        <translation>Пусто — заголовок составим из предложения</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What buyers read, %1–%2 characters</source>
        <translation>Что прочитают покупатели, %1–%2 символов</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Optional image: drop a PNG or JPEG here or click to choose. Up to 10 MB, at least 1000×500 px, proportions 2:1.</source>
        <translation>Изображение (необязательно): перетащите сюда PNG или JPEG или нажмите, чтобы выбрать. До 10 МБ, не меньше 1000×500 пикс., пропорции 2:1.</translation>
    </message>
    <message>
        <source>Remove the image</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Generate from the link</source>
        <translation>Сгенерировать по ссылке</translation>
    </message>
    <message>
        <source>Upload my own</source>
        <translation>Загрузить свой</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Креатив</translation>
    </message>
    <message>
        <source>No creative generated yet.</source>
        <translation>Креатив ещё не сгенерирован.</translation>
    </message>
    <message>
        <source>Back to the previous generation</source>
        <translation>Вернуться к предыдущему варианту</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Сгенерировать</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG here or click to choose: exactly 1200×400 px, up to 5 MB.</source>
        <translation>Перетащите сюда PNG или JPEG или нажмите, чтобы выбрать: ровно 1200×400 пикс., до 5 МБ.</translation>
    </message>
    <message>
        <source>Legal text shown on the banner</source>
        <translation>Юридический текст на баннере</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Не меньше %1</translation>
    </message>
    <message>
        <source>Daily budget, ₽</source>
        <translation>Дневной бюджет, ₽</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Shown on the marketplace home page, in search results and in the categories of your products.</source>
        <translation>Показывается на главной странице маркетплейса, в результатах поиска и в категориях ваших товаров.</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>Bonuses for you</source>
        <translation>Бонусы для вас</translation>
    </message>
    <message>
        <source>Your text appears here.</source>
        <translation>Здесь появится ваш текст.</translation>
    </message>
    <message>
        <source>[image %1×%2]</source>
        <translation>[изображение %1×%2]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Push notification&lt;/b&gt;&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3</source>
        <translation>&lt;b&gt;Push-уведомление&lt;/b&gt;&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat message&lt;/b&gt;&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;%4&lt;br/&gt;&lt;i&gt;%5&lt;/i&gt;</source>
        <translation>&lt;b&gt;Сообщение в чате&lt;/b&gt;&lt;br/&gt;&lt;small&gt;%1&lt;/small&gt;&lt;br/&gt;%2&lt;br/&gt;&lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;%4&lt;br/&gt;&lt;i&gt;%5&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose the period and the daily budget to see the reach.</source>
        <translation>Укажите период и дневной бюджет, чтобы увидеть охват.</translation>
    </message>
    <message numerus="yes">
        <source>Reach about %1 buyers, %2 impressions over %n days; spend %3.</source>
        <translation>
            <numerusform>Охват около %1 покупателей, %2 показов за %n день; расход %3.</numerusform>
            <numerusform>Охват около %1 покупателей, %2 показов за %n дня; расход %3.</numerusform>
            <numerusform>Охват около %1 покупателей, %2 показов за %n дней; расход %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The banner could not be generated: choose the link first, the creative is made from it.</source>
        <translation>Не удалось сгенерировать баннер: сначала выберите ссылку, креатив создаётся по ней.</translation>
    </message>
    <message>
        <source>Leads to: %1</source>
        <translation>Ведёт на: %1</translation>
    </message>
    <message>
        <source>At most %1: own buyers in the audience and the mailings left this month.</source>
        <translation>Не больше %1: ваши покупатели в аудитории и остаток рассылок в этом месяце.</translation>
    </message>
    <message numerus="yes">
        <source>You have %1 bonuses from %2! Spend them on any order within %n days.</source>
        <translation>
            <numerusform>У вас %1 бонусов от %2! Потратьте их на любой заказ в течение %n дня.</numerusform>
            <numerusform>У вас %1 бонусов от %2! Потратьте их на любой заказ в течение %n дней.</numerusform>
            <numerusform>У вас %1 бонусов от %2! Потратьте их на любой заказ в течение %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sellercrm::GoalPage</name>
    <message>
        <source>Create a mailing or banner</source>
        <translation>Создать рассылку или баннер</translation>
    </message>
    <message>
        <source>What do you want to achieve?</source>
        <translation>Чего вы хотите добиться?</translation>
    </message>
    <message>
        <source>Bring buyers back / grow loyalty</source>
        <translation>Вернуть покупателей / повысить лояльность</translation>
    </message>
    <message>
        <source>Grow the buyer base</source>
        <translation>Расширить базу покупателей</translation>
    </message>
    <message>
        <source>Create from scratch</source>
        <translation>Создать с нуля</translation>
    </message>
    <message>
        <source>You have no own buyers in the last 90 days yet: nobody to bring back. Reach buyers interested in your products instead.</source>
        <translation>За последние 90 дней у вас ещё нет своих покупателей — возвращать некого. Обратитесь к покупателям, которые интересуются вашими товарами.</translation>
    </message>
    <message>
        <source>Change segment</source>
        <translation>Сменить сегмент</translation>
    </message>
    <message>
        <source>%1 · %2 buyers
%3</source>
        <translation>%1 · покупателей: %2
%3</translation>
    </message>
    <message>
        <source>No buyers in this segment now, so there is no one to send to.</source>
        <translation>Сейчас в этом сегменте нет покупателей, отправлять некому.</translation>
    </message>
    <message>
        <source>Your drafts</source>
        <translation>Ваши черновики</translation>
    </message>
    <message>
        <source>Stopped at step %1 of 3 · saved %2</source>
        <translation>Остановились на шаге %1 из 3 · сохранено %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>sellercrm::HomePage</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Key segment</source>
        <translation>Ключевой сегмент</translation>
    </message>
    <message>
        <source>buyers · %1 of all</source>
        <translation>покупателей · %1 от всех</translation>
    </message>
    <message>
        <source>What to do for your %1</source>
        <translation>Что сделать для сегмента «%1»</translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation>Покупателей пока нет</translation>
    </message>
    <message>
        <source>Talk to your buyers, not to everyone</source>
        <translation>Обращайтесь к своим покупателям, а не ко всем подряд</translation>
    </message>
    <message>
        <source>Segments show who buys from you and how. Send a mailing, a banner or bonuses to the right segment in three steps: start with a recommended action.</source>
        <translation>Сегменты показывают, кто и как у вас покупает. Отправьте рассылку, баннер или бонусы нужному сегменту в три шага — начните с рекомендуемого действия.</translation>
    </message>
    <message>
        <source>Explore segments</source>
        <translation>Изучить сегменты</translation>
    </message>
    <message>
        <source>Your buyers by segment</source>
        <translation>Ваши покупатели по сегментам</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
</context>
<context>
    <name>sellercrm::ImageDropArea</name>
    <message>
        <source>“%1” is not an image that can be read.</source>
        <translation>«%1» — не изображение или его не удаётся прочитать.</translation>
    </message>
    <message>
        <source>%1 · %2×%3 px · %4 KB</source>
        <translation>%1 · %2×%3 пикс. · %4 КБ</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>sellercrm::JsonText</name>
    <message>
        <source>Expected text.</source>
        <translation>Ожидался текст.</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Ожидалось целое число.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Слишком большое число.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Ожидалось true или false.</translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD.</source>
        <translation>Ожидалась дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Ожидался объект.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Ожидался список.</translation>
    </message>
    <message>
        <source>Unknown value "%1".</source>
        <translation>Неизвестное значение «%1».</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Неизвестное поле.</translation>
    </message>
    <message>
        <source>Choose what to offer.</source>
        <translation>Выберите, что предложить.</translation>
    </message>
    <message>
        <source>Choose a mailing or a banner.</source>
        <translation>Выберите рассылку или баннер.</translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation>Выберите аудиторию.</translation>
    </message>
</context>
<context>
    <name>sellercrm::KeySegmentText</name>
    <message>
        <source>The key segment is the audience worth your attention first: Regular buyers when there are at least %1 of them; otherwise New buyers when there are at least %2; otherwise Potential buyers; otherwise whichever of your segments has buyers.</source>
        <translation>Ключевой сегмент — аудитория, которой стоит уделить внимание в первую очередь: постоянные покупатели, если их не меньше %1; иначе новые покупатели, если их не меньше %2; иначе потенциальные покупатели; иначе любой из ваших сегментов, в котором есть покупатели.</translation>
    </message>
</context>
<context>
    <name>sellercrm::MainWindow</name>
    <message>
        <source>Seller CRM</source>
        <translation>Seller CRM</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Экспортировать снимок…</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Экспорт снимка</translation>
    </message>
    <message>
        <source>Seller CRM snapshot (*.sellercrm-snapshot)</source>
        <translation>Снимок Seller CRM (*.sellercrm-snapshot)</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Открыть снимок…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Открыть снимок</translation>
    </message>
    <message>
        <source>Seller CRM snapshot (*.sellercrm-snapshot);;All files (*)</source>
        <translation>Снимок Seller CRM (*.sellercrm-snapshot);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>С&amp;правка</translation>
    </message>
    <message>
        <source>&amp;About Seller CRM</source>
        <translation>&amp;О программе Seller CRM</translation>
    </message>
    <message>
        <source>About Seller CRM</source>
        <translation>О программе Seller CRM</translation>
    </message>
    <message>
        <source>Seller CRM %1

Who your buyers are and what to do about it: segments, buyer portrait and targeted mailings, banners and bonuses for marketplace sellers.

Built with Qt %2.</source>
        <translation>Seller CRM %1

Кто ваши покупатели и что с этим делать: сегменты, портрет покупателя и таргетированные рассылки, баннеры и бонусы для продавцов маркетплейса.

Собрано с Qt %2.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sent to moderation. Offline it waits in the outbox and goes out once.</source>
        <translation>Отправлено на модерацию. Без сети ждёт в очереди на отправку и уйдёт один раз.</translation>
    </message>
    <message>
        <source>The audience is saved. It can be chosen in the wizard once the server has it.</source>
        <translation>Аудитория сохранена. Её можно будет выбрать в мастере, как только она появится на сервере.</translation>
    </message>
    <message>
        <source>Chats with buyers come in a later version of the app.</source>
        <translation>Чаты с покупателями появятся в одной из следующих версий приложения.</translation>
    </message>
    <message>
        <source>A read-only snapshot: nothing can be sent or changed from here.</source>
        <translation>Снимок только для просмотра: отсюда ничего нельзя отправить или изменить.</translation>
    </message>
</context>
<context>
    <name>sellercrm::NavigationPanel</name>
    <message>
        <source>Seller CRM</source>
        <translation>Seller CRM</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>АУДИТОРИЯ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Buyer portrait</source>
        <translation>Портрет покупателя</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>OUTREACH</source>
        <translation>КОММУНИКАЦИИ</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Коммуникации</translation>
    </message>
</context>
<context>
    <name>sellercrm::OfferStep</name>
    <message>
        <source>What you offer</source>
        <translation>Что вы предлагаете</translation>
    </message>
    <message>
        <source>No discount or bonus: the communication shows your products. You choose the product, a collection or your store showcase as the link in step 3.</source>
        <translation>Без скидок и бонусов: коммуникация показывает ваши товары. На шаге 3 выберите ссылку — товар, подборку или витрину магазина.</translation>
    </message>
    <message>
        <source>Search promotions</source>
        <translation>Поиск акций</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>No promotion matches the search or the filter.</source>
        <translation>Нет акций, подходящих под поиск или фильтр.</translation>
    </message>
    <message>
        <source>You have no promotions yet. Create one on the marketplace, then it appears here after the next sync.</source>
        <translation>У вас пока нет акций. Создайте акцию на маркетплейсе — она появится здесь после следующей синхронизации.</translation>
    </message>
    <message>
        <source>Create a promotion</source>
        <translation>Создать акцию</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Generate the code</source>
        <translation>Сгенерировать код</translation>
    </message>
    <message>
        <source>8 characters A–Z and 0–9, made when the communication is created and never one of your existing codes.</source>
        <translation>8 символов A–Z и 0–9; код создаётся вместе с коммуникацией и не совпадает с вашими кодами.</translation>
    </message>
    <message>
        <source>Type my own code</source>
        <translation>Ввести свой код</translation>
    </message>
    <message>
        <source>4–20 characters: capital Latin letters A–Z and digits, unique among your codes.</source>
        <translation>4–20 символов: заглавные латинские буквы A–Z и цифры, код не должен повторять ваши другие коды.</translation>
    </message>
    <message>
        <source>For example SALE2026</source>
        <translation>Например, SALE2026</translation>
    </message>
    <message>
        <source>Single-use</source>
        <translation>Одноразовый</translation>
    </message>
    <message>
        <source>Each buyer can use the code for one order.</source>
        <translation>Каждый покупатель может применить код к одному заказу.</translation>
    </message>
    <message>
        <source>Multi-use</source>
        <translation>Многоразовый</translation>
    </message>
    <message>
        <source>Buyers can use the code for any number of orders during the period.</source>
        <translation>Покупатели могут применять код к любому числу заказов в течение периода.</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>₽</source>
        <translation>₽</translation>
    </message>
    <message>
        <source>Minimum order, ₽</source>
        <translation>Минимальный заказ, ₽</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The marketplace fixes the longest interest-free installment term at %n months for every seller; it cannot be changed.</source>
        <translation>
            <numerusform>Маркетплейс устанавливает максимальный срок беспроцентной рассрочки %n месяц для всех продавцов; его нельзя изменить.</numerusform>
            <numerusform>Маркетплейс устанавливает максимальный срок беспроцентной рассрочки %n месяца для всех продавцов; его нельзя изменить.</numerusform>
            <numerusform>Маркетплейс устанавливает максимальный срок беспроцентной рассрочки %n месяцев для всех продавцов; его нельзя изменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maximum term</source>
        <translation>Максимальный срок</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The discount is visible to every marketplace buyer; the message about it goes only to the audience you chose.</source>
        <translation>Скидку видят все покупатели маркетплейса, а сообщение о ней получит только выбранная аудитория.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Bonuses per buyer</source>
        <translation>Бонусов на покупателя</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Use the recommended number</source>
        <translation>Взять рекомендуемое число</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Minimum order, ₽ (optional)</source>
        <translation>Минимальный заказ, ₽ (необязательно)</translation>
    </message>
    <message>
        <source>A discount in ₽ must be below the minimum order amount.</source>
        <translation>Скидка в ₽ должна быть меньше минимальной суммы заказа.</translation>
    </message>
    <message>
        <source>Recommended: %1 of %2 buyers in the audience</source>
        <translation>Рекомендуем: %1 из %2 покупателей аудитории</translation>
    </message>
    <message>
        <source>%1 (before discounts %2)</source>
        <translation>%1 (без скидок %2)</translation>
    </message>
</context>
<context>
    <name>sellercrm::OfferTitles</name>
    <message>
        <source>Promotion %1</source>
        <translation>Акция %1</translation>
    </message>
    <message>
        <source>Discount %1 on orders from %2 on all products, %3</source>
        <translation>Скидка %1 на заказы от %2 на все товары, %3</translation>
    </message>
    <message>
        <source>Promo code coupon for %1, %2</source>
        <translation>Промокод на %1, %2</translation>
    </message>
    <message>
        <source>Interest-free installments, %1</source>
        <translation>Рассрочка без переплаты, %1</translation>
    </message>
    <message>
        <source>%1 bonuses for each of %2 buyers</source>
        <translation>%1 бонусов каждому из %2 покупателей</translation>
    </message>
    <message>
        <source>No discounts or bonuses</source>
        <translation>Без скидок и бонусов</translation>
    </message>
    <message>
        <source>%1, SKU %2</source>
        <translation>%1, артикул %2</translation>
    </message>
    <message>
        <source>Store showcase</source>
        <translation>Витрина магазина</translation>
    </message>
    <message>
        <source>Existing promotion</source>
        <translation>Существующая акция</translation>
    </message>
    <message>
        <source>Discount from order total</source>
        <translation>Скидка от суммы заказа</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Interest-free installments</source>
        <translation>Рассрочка без переплаты</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <source>Product promotion without an offer</source>
        <translation>Продвижение товара без предложения</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Баннер</translation>
    </message>
</context>
<context>
    <name>sellercrm::PageStateStack</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Could not load the data</source>
        <translation>Не удалось загрузить данные</translation>
    </message>
</context>
<context>
    <name>sellercrm::PagedSqlModel</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
</context>
<context>
    <name>sellercrm::PaginationBar</name>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 из %3</translation>
    </message>
</context>
<context>
    <name>sellercrm::PlanText</name>
    <message>
        <source>No subscription</source>
        <translation>Без подписки</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Premium Plus</source>
        <translation>Premium Plus</translation>
    </message>
</context>
<context>
    <name>sellercrm::PortraitConditions</name>
    <message>
        <source>Unknown member</source>
        <translation>Неизвестное поле</translation>
    </message>
    <message>
        <source>A non-negative integer (kopecks)</source>
        <translation>Неотрицательное целое число (копейки)</translation>
    </message>
    <message>
        <source>Conditions nest at most %1 levels</source>
        <translation>Условия вкладываются не глубже %1 уровней</translation>
    </message>
    <message>
        <source>A condition must be an object</source>
        <translation>Условие должно быть объектом</translation>
    </message>
    <message>
        <source>op must be and or or</source>
        <translation>op должно быть and или or</translation>
    </message>
    <message>
        <source>items must be an array of conditions</source>
        <translation>items должно быть массивом условий</translation>
    </message>
    <message>
        <source>field must be gender, age_band, region, category or avg_check</source>
        <translation>field должно быть gender, age_band, region, category или avg_check</translation>
    </message>
    <message>
        <source>in must be a non-empty array of strings</source>
        <translation>in должно быть непустым массивом строк</translation>
    </message>
    <message>
        <source>A string</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>women</source>
        <translation>женщины</translation>
    </message>
    <message>
        <source>men</source>
        <translation>мужчины</translation>
    </message>
    <message>
        <source>gender not specified</source>
        <translation>пол не указан</translation>
    </message>
    <message>
        <source>age not specified</source>
        <translation>возраст не указан</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>в возрасте %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>из региона %1</translation>
    </message>
    <message>
        <source>interested in %1</source>
        <translation>интересуются категорией %1</translation>
    </message>
    <message>
        <source>average check from %1 to %2</source>
        <translation>средний чек от %1 до %2</translation>
    </message>
    <message>
        <source>average check from %1</source>
        <translation>средний чек от %1</translation>
    </message>
    <message>
        <source>average check up to %1</source>
        <translation>средний чек до %1</translation>
    </message>
    <message>
        <source>any average check</source>
        <translation>любой средний чек</translation>
    </message>
    <message>
        <source>all buyers</source>
        <translation>все покупатели</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> И </translation>
    </message>
    <message>
        <source> OR </source>
        <translation> ИЛИ </translation>
    </message>
</context>
<context>
    <name>sellercrm::PortraitModel</name>
    <message>
        <source>The buyers could not be read from the local data: %1</source>
        <translation>Не удалось прочитать покупателей из локальных данных: %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::PortraitPage</name>
    <message>
        <source>under %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1 and more</source>
        <translation>%1 и больше</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>About this chart</source>
        <translation>Об этом графике</translation>
    </message>
    <message>
        <source>Buyer portrait</source>
        <translation>Портрет покупателя</translation>
    </message>
    <message>
        <source>The segment or sub-segment whose buyers the charts describe</source>
        <translation>Сегмент или подсегмент, покупателей которого описывают графики</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>Все покупатели</translation>
    </message>
    <message>
        <source>All your buyers in 90 days</source>
        <translation>Все ваши покупатели за 90 дней</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Choose which charts are shown</source>
        <translation>Выбрать, какие графики показывать</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Reach: how many buyers of the chosen segment match the conditions. Every buyer is counted once, by an anonymous ID; the figures come from your local data as of the last sync.</source>
        <translation>Охват: сколько покупателей выбранного сегмента подходят под условия. Каждый покупатель считается один раз, по анонимному ID; цифры взяты из локальных данных на момент последней синхронизации.</translation>
    </message>
    <message>
        <source>By average check</source>
        <translation>По среднему чеку</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>По географии</translation>
    </message>
    <message>
        <source>By popular categories</source>
        <translation>По популярным категориям</translation>
    </message>
    <message>
        <source>By age and gender</source>
        <translation>По возрасту и полу</translation>
    </message>
    <message>
        <source>Buyers by their average check with your store over the last 90 days (revenue divided by orders; cancelled and returned orders do not count). Potential buyers have no orders and fall in the first range.</source>
        <translation>Покупатели по среднему чеку в вашем магазине за последние 90 дней (выручка, делённая на число заказов; отменённые и возвращённые заказы не учитываются). У потенциальных покупателей нет заказов, они попадают в первый диапазон.</translation>
    </message>
    <message>
        <source>Buyers by the region of their marketplace profile. The eight largest regions are shown; the rest are summed up as “Other regions”.</source>
        <translation>Покупатели по региону из профиля на маркетплейсе. Показаны восемь крупнейших регионов, остальные собраны в «Другие регионы».</translation>
    </message>
    <message>
        <source>Categories your buyers are most interested in: each buyer brings up to three top categories of their views, carts, favourites and orders on the marketplace, so one buyer can count in several bars.</source>
        <translation>Категории, которыми ваши покупатели интересуются чаще всего: у каждого покупателя до трёх главных категорий по просмотрам, корзинам, избранному и заказам на маркетплейсе, поэтому один покупатель может попасть в несколько столбцов.</translation>
    </message>
    <message>
        <source>Buyers by age band and gender from their marketplace profiles. Age is only known as a band (18–24 … 55+); buyers who did not state it are shown as “Not specified”. No personal data is shown.</source>
        <translation>Покупатели по возрастной группе и полу из профилей на маркетплейсе. Возраст известен только как группа (18–24 … 55+); кто его не указал, показан как «Не указано». Персональные данные не показываются.</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Экспорт PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Сохранить график как изображение PNG</translation>
    </message>
    <message>
        <source>No buyers in this segment match the conditions.</source>
        <translation>В этом сегменте нет покупателей, подходящих под условия.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart was saved to %1</source>
        <translation>График сохранён в %1</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>Не удалось записать изображение в %1.</translation>
    </message>
    <message>
        <source>No buyers in this segment</source>
        <translation>Нет покупателей в выбранном сегменте</translation>
    </message>
    <message>
        <source>There are no buyers in “%1” yet. Choose another segment above; the portrait fills in after the next sync brings buyers.</source>
        <translation>В «%1» пока нет покупателей. Выберите другой сегмент выше; портрет заполнится, когда синхронизация принесёт покупателей.</translation>
    </message>
    <message>
        <source>of %1 buyers in the segment (%2 %)</source>
        <translation>из %1 покупателей сегмента (%2 %)</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Другие регионы</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Save audience</source>
        <translation>Сохранить аудиторию</translation>
    </message>
    <message>
        <source>Keep these buyers under a name to choose them in the communication wizard</source>
        <translation>Сохранить этих покупателей под именем, чтобы выбрать их в мастере коммуникаций</translation>
    </message>
</context>
<context>
    <name>sellercrm::RecommendedActions</name>
    <message>
        <source>Mailing about new arrivals</source>
        <translation>Рассылка о новинках</translation>
    </message>
    <message>
        <source>Store banner</source>
        <translation>Баннер магазина</translation>
    </message>
    <message>
        <source>Product banner</source>
        <translation>Баннер товара</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <source>Promo code mailing</source>
        <translation>Рассылка с промокодом</translation>
    </message>
    <message>
        <source>Promo code banner</source>
        <translation>Баннер с промокодом</translation>
    </message>
    <message>
        <source>Order-total discount mailing</source>
        <translation>Рассылка со скидкой от суммы заказа</translation>
    </message>
    <message>
        <source>Order-total discount banner</source>
        <translation>Баннер со скидкой от суммы заказа</translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Баннер</translation>
    </message>
</context>
<context>
    <name>sellercrm::ReviewDrawer</name>
    <message>
        <source>Confirm and send</source>
        <translation>Подтвердить и отправить</translation>
    </message>
    <message>
        <source>Check before sending to moderation</source>
        <translation>Проверьте перед отправкой на модерацию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>%1 · %2 buyers</source>
        <translation>%1 · покупателей: %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>The bonus campaign's fixed text</source>
        <translation>Фиксированный текст бонусной кампании</translation>
    </message>
    <message>
        <source>Title made from the offer</source>
        <translation>Заголовок из предложения</translation>
    </message>
    <message>
        <source>Image %1×%2</source>
        <translation>Изображение %1×%2</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Креатив</translation>
    </message>
    <message>
        <source>Uploaded image; legal text: %1</source>
        <translation>Загруженное изображение; юридический текст: %1</translation>
    </message>
    <message>
        <source>Generated from the link</source>
        <translation>Сгенерирован по ссылке</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Reach forecast</source>
        <translation>Прогноз охвата</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>%1 a day, %2 in all</source>
        <translation>%1 в день, всего %2</translation>
    </message>
    <message>
        <source>Included in Premium Plus</source>
        <translation>Входит в Премиум Плюс</translation>
    </message>
</context>
<context>
    <name>sellercrm::SaveAudienceDialog</name>
    <message>
        <source>Save audience</source>
        <translation>Сохранить аудиторию</translation>
    </message>
    <message>
        <source>Buyers: %1. Save them under a name to choose them as the audience of a mailing or a banner; the count follows every new segmentation.</source>
        <translation>Покупатели: %1. Сохраните их под именем, чтобы выбрать аудиторией рассылки или баннера; число покупателей обновляется после каждой новой сегментации.</translation>
    </message>
    <message>
        <source>Audience name</source>
        <translation>Название аудитории</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Name the audience.</source>
        <translation>Назовите аудиторию.</translation>
    </message>
</context>
<context>
    <name>sellercrm::SegmentPage</name>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Over the last 90 days, as of %1</source>
        <translation>За последние 90 дней, данные на %1</translation>
    </message>
    <message>
        <source>Part of %1 · over the last 90 days, as of %2</source>
        <translation>Входит в сегмент «%1» · за последние 90 дней, данные на %2</translation>
    </message>
    <message>
        <source>No buyers in this segment yet</source>
        <translation>В этом сегменте пока нет покупателей</translation>
    </message>
    <message>
        <source>Buyers appear here as soon as someone matches the rule above. There is nobody to send a mailing or banner to yet.</source>
        <translation>Покупатели появятся здесь, как только кто-то подойдёт под правило выше. Пока отправлять рассылку или баннер некому.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Buyers in this segment now</source>
        <translation>Покупателей в сегменте сейчас</translation>
    </message>
    <message>
        <source>Share of all buyers</source>
        <translation>Доля от всех покупателей</translation>
    </message>
    <message>
        <source>This segment's buyers among all buyers who know your store</source>
        <translation>Покупатели этого сегмента среди всех покупателей, знающих ваш магазин</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>The sum of this segment's orders in 90 days, without cancelled and returned ones</source>
        <translation>Сумма заказов этого сегмента за 90 дней без отменённых и возвращённых</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <source>This segment's part of your revenue</source>
        <translation>Доля этого сегмента в вашей выручке</translation>
    </message>
    <message>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Revenue divided by the number of orders</source>
        <translation>Выручка, делённая на количество заказов</translation>
    </message>
    <message>
        <source>Orders per buyer</source>
        <translation>Заказов на покупателя</translation>
    </message>
    <message>
        <source>Orders in 90 days divided by the number of buyers</source>
        <translation>Заказы за 90 дней, делённые на количество покупателей</translation>
    </message>
    <message>
        <source>Interest events</source>
        <translation>Проявления интереса</translation>
    </message>
    <message>
        <source>Views, carts and favourites of your products or categories in 90 days</source>
        <translation>Просмотры, добавления в корзину и избранное ваших товаров или категорий за 90 дней</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Рекомендуемые действия</translation>
    </message>
    <message>
        <source>Opens the last step of the wizard with the audience and the offer filled in.</source>
        <translation>Открывает последний шаг мастера с уже заполненными аудиторией и предложением.</translation>
    </message>
    <message>
        <source>Explore these buyers</source>
        <translation>Изучить этих покупателей</translation>
    </message>
    <message>
        <source>Buyer portrait of this segment</source>
        <translation>Портрет покупателя этого сегмента</translation>
    </message>
    <message>
        <source>Buyers list filtered by this segment</source>
        <translation>Список покупателей с фильтром по этому сегменту</translation>
    </message>
</context>
<context>
    <name>sellercrm::SegmentationText</name>
    <message>
        <source>Regular</source>
        <translation>Постоянные</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Потенциальные</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <source>Interested in your products</source>
        <translation>Интересовались вашими товарами</translation>
    </message>
    <message>
        <source>Interested in your categories</source>
        <translation>Интересовались вашими категориями</translation>
    </message>
    <message>
        <source>Regular buyers who order often and spend the most per order.</source>
        <translation>Постоянные покупатели, которые заказывают часто и тратят больше всех за заказ.</translation>
    </message>
    <message>
        <source>Regular buyers who keep ordering from you.</source>
        <translation>Постоянные покупатели, которые продолжают у вас заказывать.</translation>
    </message>
    <message>
        <source>Regular buyers with small orders who have not ordered for over a month.</source>
        <translation>Постоянные покупатели с небольшими заказами, которые не заказывали больше месяца.</translation>
    </message>
    <message>
        <source>Buyers with exactly one order from you in the last 90 days.</source>
        <translation>Покупатели ровно с одним заказом у вас за последние 90 дней.</translation>
    </message>
    <message>
        <source>Buyers who ordered from you before, but not in the last 90 days.</source>
        <translation>Покупатели, которые заказывали у вас раньше, но не за последние 90 дней.</translation>
    </message>
    <message>
        <source>Buyers who viewed, added to cart or favourited your products in the last 90 days, without ordering.</source>
        <translation>Покупатели, которые за последние 90 дней смотрели ваши товары, добавляли их в корзину или избранное, но не заказывали.</translation>
    </message>
    <message>
        <source>Buyers interested in the categories you sell in, who have not ordered from you yet.</source>
        <translation>Покупатели, которые интересуются категориями, где вы продаёте, но ещё не заказывали у вас.</translation>
    </message>
    <message>
        <source>Top: ≥ %1 orders and an average check ≥ %2 in 90 days</source>
        <translation>Топ: ≥ %1 заказов и средний чек ≥ %2 за 90 дней</translation>
    </message>
    <message>
        <source>Loyal: 2 or more orders in 90 days, neither Top nor At risk</source>
        <translation>Лояльные: 2 заказа и более за 90 дней, не входят в «Топ» и «Под угрозой ухода»</translation>
    </message>
    <message>
        <source>At risk: an average check ≤ %1 and no order for over %2 days</source>
        <translation>Под угрозой ухода: средний чек ≤ %1 и нет заказов больше %2 дн.</translation>
    </message>
    <message>
        <source>New: exactly 1 order in 90 days</source>
        <translation>Новые: ровно 1 заказ за 90 дней</translation>
    </message>
    <message>
        <source>Sleeping: no orders in 90 days, ordered from you before</source>
        <translation>Спящие: нет заказов за 90 дней, но заказывали у вас раньше</translation>
    </message>
    <message>
        <source>Interested in your products: viewed, carted or favourited your products in 90 days</source>
        <translation>Интересовались вашими товарами: смотрели, добавляли в корзину или избранное ваши товары за 90 дней</translation>
    </message>
    <message>
        <source>Interested in your categories: viewed, carted, favourited or ordered a product of your categories in 90 days</source>
        <translation>Интересовались вашими категориями: смотрели, добавляли в корзину или избранное либо заказывали товар из ваших категорий за 90 дней</translation>
    </message>
</context>
<context>
    <name>sellercrm::SegmentsPage</name>
    <message>
        <source>Buyer segments</source>
        <translation>Сегменты покупателей</translation>
    </message>
    <message>
        <source>Key segment</source>
        <translation>Ключевой сегмент</translation>
    </message>
    <message>
        <source>buyers · %1 of all</source>
        <translation>покупателей · %1 от всех</translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Рекомендуемые действия</translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation>Покупателей пока нет</translation>
    </message>
    <message>
        <source>Key segment: %1</source>
        <translation>Ключевой сегмент: %1</translation>
    </message>
    <message>
        <source>The audience worth your attention first, by sub-segment, with what to send them.</source>
        <translation>Аудитория, которой стоит уделить внимание в первую очередь, по подсегментам — и что им отправить.</translation>
    </message>
    <message>
        <source>Sub-segment</source>
        <translation>Подсегмент</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <source>Change in 30 days</source>
        <translation>Изменение за 30 дней</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>Рекомендуемое действие</translation>
    </message>
    <message>
        <source>No buyers in this sub-segment yet</source>
        <translation>В этом подсегменте пока нет покупателей</translation>
    </message>
    <message>
        <source>Sub-segment sizes</source>
        <translation>Размеры подсегментов</translation>
    </message>
</context>
<context>
    <name>sellercrm::SendCalendarText</name>
    <message>
        <source>A mailing cannot be sent in the past.</source>
        <translation>Рассылку нельзя отправить в прошлом.</translation>
    </message>
    <message>
        <source>The promotion ends on %1: send the mailing before it ends.</source>
        <translation>Акция заканчивается %1: отправьте рассылку до её окончания.</translation>
    </message>
    <message>
        <source>Your Premium Plus subscription ends on %1: mailings can be sent until then.</source>
        <translation>Ваша подписка Premium Plus заканчивается %1: до этой даты рассылки можно отправлять.</translation>
    </message>
    <message>
        <source>The platform has no more mailing capacity on this day. Choose another date.</source>
        <translation>На этот день у площадки больше нет мест для рассылок. Выберите другую дату.</translation>
    </message>
</context>
<context>
    <name>sellercrm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Новый язык применится при следующем запуске приложения.</translation>
    </message>
</context>
<context>
    <name>sellercrm::StepHeader</name>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>Confirm the earlier steps with “Next” first.</source>
        <translation>Сначала подтвердите предыдущие шаги кнопкой «Далее».</translation>
    </message>
</context>
<context>
    <name>sellercrm::SummaryPanel</name>
    <message>
        <source>Summary</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>%1 · %2 buyers</source>
        <translation>%1 · покупателей: %2</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <source>Choose the daily budget</source>
        <translation>Укажите дневной бюджет</translation>
    </message>
    <message>
        <source>%1 a day, %2 in all</source>
        <translation>%1 в день, всего %2</translation>
    </message>
    <message>
        <source>Included in Premium Plus: %1 mailings left this month</source>
        <translation>Входит в Премиум Плюс: в этом месяце осталось рассылок: %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::SyncStatusBar</name>
    <message>
        <source>Read-only snapshot</source>
        <translation>Снимок только для чтения</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет сети</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Последняя синхронизация не удалась: %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Синхронизация: %1 из %2</translation>
    </message>
    <message>
        <source>Syncing: %1 changes</source>
        <translation>Синхронизация: изменений — %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
</context>
<context>
    <name>sellercrm::TagFlow</name>
    <message>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <source>Show more (%1)</source>
        <translation>Показать ещё (%1)</translation>
    </message>
</context>
<context>
    <name>sellercrm::Toast</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>sellercrm::WizardContext</name>
    <message>
        <source>Nothing is synced yet: the wizard needs your segments and plan.</source>
        <translation>Данные ещё не синхронизированы: мастеру нужны ваши сегменты и тариф.</translation>
    </message>
    <message>
        <source>Communication %1 is not in the cache.</source>
        <translation>Коммуникации %1 нет в локальных данных.</translation>
    </message>
    <message>
        <source>Communication %1 cannot be repeated: %2 (%3).</source>
        <translation>Коммуникацию %1 нельзя повторить: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>sellercrm::WizardGrab</name>
    <message>
        <source>We miss you</source>
        <translation>Мы скучаем</translation>
    </message>
    <message>
        <source>Come back for your favourites: a personal promo code inside.</source>
        <translation>Возвращайтесь за любимыми товарами: внутри персональный промокод.</translation>
    </message>
</context>
<context>
    <name>sellercrm::WizardModel</name>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>Не заполнено</translation>
    </message>
    <message>
        <source>Choose an offer.</source>
        <translation>Выберите предложение.</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Не выбрано</translation>
    </message>
    <message>
        <source>All your buyers in 90 days</source>
        <translation>Все ваши покупатели за 90 дней</translation>
    </message>
    <message>
        <source>Unfinished communication</source>
        <translation>Незавершённая коммуникация</translation>
    </message>
    <message>
        <source>Saved audience: %1</source>
        <translation>Сохранённая аудитория: %1</translation>
    </message>
</context>
<context>
    <name>sellercrm::WizardPage</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Save draft and close</source>
        <translation>Сохранить черновик и закрыть</translation>
    </message>
    <message>
        <source>Send to moderation</source>
        <translation>Отправить на модерацию</translation>
    </message>
    <message>
        <source>The communication cannot be sent from a read-only snapshot.</source>
        <translation>Из снимка только для чтения коммуникацию отправить нельзя.</translation>
    </message>
    <message>
        <source>This draft can no longer be opened.</source>
        <translation>Этот черновик больше нельзя открыть.</translation>
    </message>
    <message>
        <source>Waiting to send: the communication goes to moderation as soon as the server is reachable.</source>
        <translation>Ожидает отправки: коммуникация уйдёт на модерацию, как только сервер станет доступен.</translation>
    </message>
    <message>
        <source>The server did not accept the communication: %1</source>
        <translation>Сервер не принял коммуникацию: %1</translation>
    </message>
    <message>
        <source>The server did not accept the communication:</source>
        <translation>Сервер не принял коммуникацию:</translation>
    </message>
    <message>
        <source>Fix the highlighted fields and send it again.</source>
        <translation>Исправьте выделенные поля и отправьте ещё раз.</translation>
    </message>
    <message>
        <source>Sent: the communication is on moderation.</source>
        <translation>Отправлено: коммуникация на модерации.</translation>
    </message>
</context>
</TS>