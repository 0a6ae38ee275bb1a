<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>Seller CRM: buyer segments and targeted communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API token from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support snapshot read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo store (starts the bundled server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render &lt;page&gt; at 1440×900 to the PNG file given after it and exit. Pages: home, segments, segment:&lt;sub-segment&gt;, portrait, buyers, communications; add :empty, :error, :offline or :loading for a state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this cache file instead of the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --grab: the PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs --token-file with the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be ru or en, got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grab needs the page and the output file: --grab home out.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStates</name>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat with this buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer has blocked messages from your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write once the buyer&apos;s first order has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store is not verified yet: you can only answer chats the buyer started. Verify the store to write first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationStatus</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportRunner</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>The cached segmentation cannot be read (%1). Sync again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QChart</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentTexts</name>
    <message>
        <source>Regular buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered from you two or more times in the last 90 days. Split into Top, Loyal and At risk by how often and how much they buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made their first and only order from you in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not ordered in the last 90 days but know you: bought before, or looked at your products or your categories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::AppController</name>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grab needs --server, --snapshot, --cache or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support snapshot of “%1”, exported %2. Read-only: nothing can be sent or changed from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1): the token is kept for this session only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: the first sync has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot exported to %1. It holds no token and no unsent data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot opens in a new read-only window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot window could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page “%1” for --grab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync did not finish in time; rendering what is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer (connection refused). Nothing is lost: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window rendered at %1×%2 instead of 1440×900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>sellercrm::BackToTopButton</name>
    <message>
        <source>↑ Back to top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::BenefitsDrawer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is part of the Premium Plus subscription. With it you can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send push and in-app mailings to your own buyers: %1 messages a month are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce new arrivals to your Top buyers and bring At-risk buyers back with a promo code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach New buyers with an order-total discount mailing right after their first order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every mailing&apos;s delivery, opens and clicks over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banners, bonuses and every action for Potential buyers stay available without a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions are managed in your seller account on the marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::BonusPricingText</name>
    <message>
        <source>Subscription discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First campaign discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bonuses × %2 recipients: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: −%2 (−%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts are capped at %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::BuyersModel</name>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::BuyersPage</name>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by buyer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat with buyer %1: chats open in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates after today cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers who received a communication since this date (up to 3 months back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier than 3 months back and no later than today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” must not exceed “To”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers appear here after their first order in your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last communication since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::ComingLaterPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationDetailsDialog</name>
    <message>
        <source>No results yet: figures appear once the communication is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationValidator</name>
    <message>
        <source>Enter the discount in % or in ₽.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the discount either in % or in ₽, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is from %1% to %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must be less than the minimum order amount (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minimum order amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum order amount is at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either generate the code or type it, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the promo code or let it be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the Latin capital letters A–Z and digits 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a promo code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the code is single-use or multi-use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bonuses per buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 bonuses per buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 recipients: the buyers in the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the bonuses are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses are valid 7, 14, 30, 60 or 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be a PNG or a JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is at least %1×%2 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image must be 2:1 (± 5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link leads to the promotion&apos;s collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus campaigns lead to your store showcase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the link leads: a product, a collection or your showcase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a promotion, lead to a product, a collection or your showcase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no such product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no such collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The showcase needs no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bonus campaign goes to the offer&apos;s recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bonus campaign uses the fixed message template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to %1 recipients: your own buyers in the audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 mailings are left this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the send date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a banner or upload your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the banner image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The banner is exactly %1×%2 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion ends on %1: the banner cannot run longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the daily budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily budget is at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either a saved audience or segments, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such saved audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audience has no buyers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no such promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform fixes the installment term at %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished">Аудитория</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished">Предложение</translation>
    </message>
    <message>
        <source>Target page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished">Формат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send date</source>
        <translation type="unfinished">Дата отправки</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished">Получатели</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your buyers in 90 days</source>
        <translation type="unfinished">Все ваши покупатели за 90 дней</translation>
    </message>
    <message>
        <source>%1
Click to copy the SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted: the deletion is sent when the connection allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::CommunicationsPage</name>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a communication on moderation can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished">Аудитория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send date</source>
        <translation type="unfinished">Дата отправки</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communications yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings and banners you create appear here with their status and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is not available in a read-only snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the communication?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be withdrawn from moderation and deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communication will be deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Создать рассылку или баннер</translation>
    </message>
    <message>
        <source>Buyers over the last 90 days, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments appear once buyers order from you or look at your products. Check back after your first orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a read-only support snapshot: sending is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available with the Premium Plus subscription. Click to see what it gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. Showing the data of the last sync, %1 (%2). New mailings and banners wait in the outbox until the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::DemoServer</name>
    <message>
        <source>The demo server (sellercrm-server) was not found next to the app. Reinstall the app or set SELLERCRM_SERVER to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not issue a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::DynamicsView</name>
    <message>
        <source>In 30 days: joined %1, left %2, net change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::FilterChip</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::FilteredTablePage</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mailing or banner</source>
        <translation type="unfinished">Создать рассылку или баннер</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows match the filters and the search. Change or clear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::FirstRunDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Seller CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who your buyers are and what to send them. Connect your store, or look around in a demo store first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token from your seller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a local demo server with a generated store: thousands of buyers, orders and segments. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::FormatRulesText</name>
    <message>
        <source>This audience has no buyers yet. Choose another segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings reach only your own buyers, and this audience has only potential buyers. Offer them bonuses or create a banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailings come with the Premium Plus subscription. Create a banner or a bonus campaign instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Premium Plus subscription ended on %1. Renew it to send mailings, or create a banner or a bonus campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have used all mailings of this month. The quota renews on %1; until then create a banner or a bonus campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banners do not carry bonuses. Send bonuses with a mailing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audience also has potential buyers: only your own %1 buyers receive the mailing.</source>
        <translation type="unfinished"></translation>
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
        <source>A bonus campaign uses the platform&apos;s fixed text; it cannot be edited.</source>
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
</context>
<context>
    <name>sellercrm::HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyers · %1 of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do for your %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to your buyers, not to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments show who buys from you and how. Send a mailing, a banner or bonuses to the right segment in three steps: start with a recommended action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your buyers by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mailing or a banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an audience.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::KeySegmentText</name>
    <message>
        <source>The key segment is the audience worth your attention first: Regular buyers when there are at least %1 of them; otherwise New buyers when there are at least %2; otherwise Potential buyers; otherwise whichever of your segments has buyers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::MainWindow</name>
    <message>
        <source>Seller CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller CRM snapshot (*.sellercrm-snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller CRM snapshot (*.sellercrm-snapshot);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seller CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of a segment&apos;s buyers by average check, region, categories, age and gender, narrowed with AND/OR conditions, come in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of your buyers with filters, sorting and chat states comes in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of your mailings and banners with their statuses and results comes in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communication wizard comes in a later version of the app. It will open on the goal page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The communication wizard comes in a later version of the app. It will open at its last step for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer portrait comes in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyers list comes in a later version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seller CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller CRM %1

Who your buyers are and what to do about it: segments, buyer portrait and targeted mailings, banners and bonuses for marketplace sellers.

Built with Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to moderation. Offline it waits in the outbox and goes out once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::NavigationPanel</name>
    <message>
        <source>Seller CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTREACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1 on orders from %2 on all products, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code coupon for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest-free installments, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bonuses for each of %2 buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discounts or bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SKU %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store showcase</source>
        <translation type="unfinished">Витрина магазина</translation>
    </message>
    <message>
        <source>Existing promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount from order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished">Промокод</translation>
    </message>
    <message>
        <source>Interest-free installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product promotion without an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished">Баннер</translation>
    </message>
</context>
<context>
    <name>sellercrm::PageStateStack</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::PagedSqlModel</name>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::PaginationBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Далее</translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::PlanText</name>
    <message>
        <source>No subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium Plus</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>sellercrm::RecommendedActions</name>
    <message>
        <source>Mailing about new arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-total discount mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-total discount banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished">Баннер</translation>
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
        <source>The bonus campaign&apos;s fixed text</source>
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
    <name>sellercrm::SegmentPage</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the last 90 days, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of %1 · over the last 90 days, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers in this segment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers appear here as soon as someone matches the rule above. There is nobody to send a mailing or banner to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers in this segment now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment&apos;s buyers among all buyers who know your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of this segment&apos;s orders in 90 days, without cancelled and returned ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This segment&apos;s part of your revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue divided by the number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in 90 days divided by the number of buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views, carts and favourites of your products or categories in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the last step of the wizard with the audience and the offer filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore these buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer portrait of this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers list filtered by this segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::SegmentationText</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in your categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular buyers who order often and spend the most per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular buyers who keep ordering from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular buyers with small orders who have not ordered for over a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers with exactly one order from you in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers who ordered from you before, but not in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers who viewed, added to cart or favourited your products in the last 90 days, without ordering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers interested in the categories you sell in, who have not ordered from you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: ≥ %1 orders and an average check ≥ %2 in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal: 2 or more orders in 90 days, neither Top nor At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: an average check ≤ %1 and no order for over %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: exactly 1 order in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping: no orders in 90 days, ordered from you before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in your products: viewed, carted or favourited your products in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested in your categories: viewed, carted, favourited or ordered a product of your categories in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::SegmentsPage</name>
    <message>
        <source>Buyer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyers · %1 of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience worth your attention first, by sub-segment, with what to send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buyers in this sub-segment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-segment sizes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::SendCalendarText</name>
    <message>
        <source>A mailing cannot be sent in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promotion ends on %1: send the mailing before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Premium Plus subscription ends on %1: mailings can be sent until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no more mailing capacity on this day. Choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::TagFlow</name>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::Toast</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sellercrm::WizardContext</name>
    <message>
        <source>Nothing is synced yet: the wizard needs your segments and plan.</source>
        <translation>Данные ещё не синхронизированы: мастеру нужны ваши сегменты и тариф.</translation>
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
</context>
</TS>
