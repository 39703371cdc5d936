## Customers and contacts: the list, the card, new customers

customers-title = ग्राहक
customers-new = नई कंपनी
customers-loading = ग्राहक लोड हो रहे हैं…
customers-search-label = ग्राहक खोजें
customers-search-placeholder = नाम, टैग, पता या फ़ोन खोजें
customers-all-classifications = सभी वर्गीकरण
customers-filter-tag = टैग
customers-all-tags = सभी टैग
customers-whole-team = पूरी टीम
customers-search-everywhere = संपर्कों, डील और गतिविधियों में “{ $search }” खोजें
customers-none-match = कोई ग्राहक मेल नहीं खाता
customers-none-match-hint = कोई दूसरी वर्तनी आज़माएँ, या फ़िल्टर हटाएँ।
customers-clear-filters = फ़िल्टर हटाएँ
customers-empty = अभी कोई ग्राहक नहीं
customers-empty-hint = जिस पहली कंपनी के साथ आप काम करते हैं, उसे जोड़ें; उसके संपर्क उसके कार्ड पर रहेंगे।
customers-list-count =
    { $total ->
        [one] कुल { $total } ग्राहक में से { $first }–{ $last }
       *[other] कुल { $total } ग्राहकों में से { $first }–{ $last }
    }
customers-contact-count =
    { $count ->
       *[other] { $count } संपर्क
    }
customers-pages = पेज
customers-previous = पिछला
customers-next = अगला
customers-page-of = पेज { $page } / { $pages }

## What a customer is

customers-classification-none = अवर्गीकृत
customers-classification-key-account = मुख्य ग्राहक
customers-classification-loyal = वफ़ादार
customers-classification-debtor = देनदार
customers-classification-low-margin = कम मार्जिन
customers-source-referral = रेफ़रल
customers-source-web = वेबसाइट
customers-source-event = इवेंट
customers-source-cold-call = कोल्ड कॉल
customers-source-import = इम्पोर्ट
customers-source-partner = पार्टनर
customers-source-other = अन्य
customers-terms-prepaid = अग्रिम भुगतान
customers-terms-on-receipt = बिल मिलते ही देय
customers-terms-net-15 = 15 दिन में भुगतान
customers-terms-net-30 = 30 दिन में भुगतान
customers-terms-net-60 = 60 दिन में भुगतान
customers-terms-net-90 = 90 दिन में भुगतान

## A customer's fields

customers-field-name = नाम
customers-field-industry = उद्योग
customers-field-segment = सेगमेंट
customers-field-classification = वर्गीकरण
customers-field-source = स्रोत
customers-field-payment-terms = भुगतान शर्तें
customers-field-tags = टैग
customers-field-phone = फ़ोन
customers-field-website = वेबसाइट
customers-field-address = पता
customers-field-owner = ज़िम्मेदार
customers-industry-placeholder = जैसे रिटेल
customers-segment-placeholder = जैसे SMB
customers-tags-placeholder = अल्पविराम से अलग करें
customers-website-placeholder = example.com
customers-not-set = नहीं भरा
customers-no-tags = कोई टैग नहीं

## New company

customers-cancel = रद्द करें
customers-owner-me = मैं
customers-create = कंपनी बनाएँ

## The card

customers-card-title = ग्राहक
customers-card-loading = ग्राहक लोड हो रहा है…
customers-not-on-device = अभी इस डिवाइस पर नहीं
customers-not-on-device-hint = यह ग्राहक अभी इस डिवाइस पर सिंक नहीं हुआ है। ऑनलाइन होते ही यह दिखेगा।
customers-card-reading-rest = इस ग्राहक का पूरा इतिहास पढ़ा जा रहा है…
customers-card-rest-offline = इस डिवाइस पर नहीं — ऑनलाइन खोलें: इस ग्राहक के संपर्क, और { $date } से पहले बंद हुई डील और गतिविधियाँ।
customers-back = ग्राहकों पर वापस जाएँ
customers-breadcrumb = नेविगेशन पथ
customers-owner-line = ज़िम्मेदार: { $name }
customers-timeline = टाइमलाइन
customers-details = विवरण
customers-quick-actions = त्वरित कार्य
customers-action-call = कॉल करें
customers-action-email = ईमेल
customers-action-navigate = रास्ता
customers-action-log-visit = विज़िट दर्ज करें
customers-no-phone = कोई फ़ोन नंबर नहीं
customers-no-email = ईमेल पते वाला कोई संपर्क नहीं
customers-no-address = कोई पता नहीं
customers-edit-details = विवरण बदलें
customers-done-editing = बदलाव पूरे हुए
customers-new-owner = नए ज़िम्मेदार
customers-owner-change-confirm = यहाँ { $owner } की { $deals ->
       *[other] { $deals } खुली डील
    } और { $activities ->
        [one] { $activities } गतिविधि
       *[other] { $activities } गतिविधियाँ
    } ग्राहक के साथ { $to } को सौंप दी जाएँगी। ज़िम्मेदार बदलें?
customers-created-updated = बनाया गया { $created } · अपडेट किया गया { $updated }

## Contacts

customers-contacts = संपर्क
customers-contact-add = संपर्क जोड़ें
customers-contact-close = बंद करें
customers-contacts-empty = अभी कोई संपर्क नहीं। जिन लोगों से आप काम करते हैं, उन्हें यहाँ जोड़ें।
customers-contact-new = नया संपर्क
customers-contact-field-title = पद
customers-contact-field-email = ईमेल
customers-contact-field-notes = नोट
customers-contact-title-placeholder = जैसे खरीद प्रबंधक
customers-contact-no-notes = कोई नोट नहीं
customers-contact-edit = बदलें
customers-contact-done = हो गया
customers-contact-edit-named = { $name } बदलें
customers-contact-done-editing-named = { $name } में बदलाव पूरे हुए
customers-contact-archive = संपर्क संग्रहीत करें
customers-contact-archive-confirm = इस संपर्क को संग्रहीत करें? यह कार्ड से हट जाएगा; मैनेजर इसे संग्रह से वापस ला सकते हैं।

## Validation

customers-name-taken = इस नाम की कंपनी पहले से मौजूद है।
customers-choose-listed = सूची में दिए गए मानों में से एक चुनें।
customers-field-not-editable = यह फ़ील्ड बदली नहीं जा सकती।
customers-tags-too-many = ज़्यादा से ज़्यादा { $max } टैग इस्तेमाल करें।
customers-tag-too-long = हर टैग { $max } अक्षरों से छोटा रखें।
customers-tags-control = अदृश्य नियंत्रण अक्षर हटाएँ।
customers-owner-not-in-team = अपनी टीम का कोई सदस्य चुनें।
