## Deals and pipelines: the board, a deal's panel, new deals, pipeline settings

## The board

deals-board-title = पाइपलाइन
deals-loading-board = पाइपलाइन लोड हो रही है…
deals-no-pipelines = अभी कोई पाइपलाइन नहीं
deals-no-pipelines-manager = चरणों के साथ एक पाइपलाइन बनाएँ, फिर उसमें डील जोड़ें।
deals-set-up-pipelines = पाइपलाइन सेट करें
deals-no-pipelines-rep = अपने मैनेजर से सेल्स पाइपलाइन सेट करने को कहें।
deals-owner-filter = किसकी डील
deals-owner-everyone = सभी की डील
deals-owner-me = मेरी डील
deals-pipeline-picker = पाइपलाइन
deals-edit-stages = चरण बदलें
deals-new-deal = नई डील
deals-board-hint = कार्डों को चरणों के बीच खींचें (फ़ोन पर: दबाकर रखें, फिर खींचें, या किसी चरण टैब पर छोड़ें)। कीबोर्ड से: कार्ड चुनें, Alt + तीर कुंजियाँ।
deals-stages = चरण
deals-moved-to = { $title } को { $stage } में ले जाया गया।
deals-moved-elsewhere = { $title } को दूसरे चरण में ले जाया गया।
deals-created = { $title } बनाई गई।
deals-put-back = “{ $title }” वापस रखी गई: { $reason }

## A stage's column and its cards

deals-column-label = चरण { $stage }
deals-column-total = कुल मूल्य
deals-column-weighted-title = { $probability }% पर भारित, जब तक डील में कुछ और न हो
deals-column-weighted = भारित { $amount }
deals-column-empty = इस चरण में कोई डील नहीं
deals-card-label = { $title }, { $company }, { $value }। Enter से खुलती है; Alt और तीर कुंजियों से खिसकती है।
deals-card-label-rotting = { $title }, { $company }, { $value }, ध्यान चाहिए। Enter से खुलती है; Alt और तीर कुंजियों से खिसकती है।
deals-card-days-in-stage =
    { $days ->
       *[other] इस चरण में { $days } दिन
    }
deals-card-idle = { $days } दिन से रुकी

## Statuses

deals-status-open = खुली
deals-status-won = जीती
deals-status-lost = हारी

## A deal's panel

deals-close = बंद करें
deals-loading-deal = डील लोड हो रही है…
deals-history = इतिहास
deals-loading-history = इतिहास लोड हो रहा है…
deals-history-offline = ऑनलाइन होने पर इतिहास दिखेगा।
deals-history-by = { $name } · { $time }
deals-history-by-someone = किसी ने · { $time }
deals-history-created = { $stage } में बनाई गई
deals-history-created-somewhere = किसी चरण में बनाई गई
deals-history-won = जीती हुई चिह्नित
deals-history-lost = हारी हुई चिह्नित
deals-history-reopened = { $stage } में फिर से खोली गई
deals-history-reopened-somewhere = किसी चरण में फिर से खोली गई
deals-history-moved = { $from } से { $to } में ले जाई गई
deals-history-moved-from-deleted = हटाए गए चरण से { $to } में ले जाई गई
deals-history-moved-to-deleted = { $from } से हटाए गए चरण में ले जाई गई
deals-history-moved-deleted = हटाए गए चरण से हटाए गए चरण में ले जाई गई
deals-no-contact = कोई संपर्क नहीं
deals-archive-confirm = इस डील को संग्रह में डालें? यह बोर्ड और पूर्वानुमान से हट जाएगी; मैनेजर इसे इतिहास सहित संग्रह से वापस ला सकता है।
deals-stage-default = चरण का डिफ़ॉल्ट
deals-stage-default-percent = चरण का डिफ़ॉल्ट ({ $probability }%)
deals-in-stage-for =
    { $days ->
       *[other] { $stage } में { $days } दिन से
    }
deals-in-deleted-stage-for =
    { $days ->
       *[other] दूसरे चरण में { $days } दिन से
    }
deals-move-to-stage = चरण में ले जाएँ
deals-won-button = जीती…
deals-lost-button = हारी…
deals-reopen = डील फिर से खोलें
deals-open-customer = ग्राहक कार्ड खोलें
deals-archive = डील संग्रह में डालें
deals-field-title = शीर्षक
deals-field-value = मूल्य
deals-field-currency = मुद्रा
deals-field-close-date = अनुमानित समापन
deals-field-probability = संभावना %
deals-field-contact = संपर्क
deals-field-owner = ज़िम्मेदार
deals-field-stage = चरण
deals-cancel = रद्द करें

## Won or lost, and why

deals-won-question = यह क्यों जीती?
deals-lost-question = यह क्यों हारी?
deals-mark-won = जीती चिह्नित करें
deals-mark-lost = हारी चिह्नित करें
deals-choose-reason = कारण चुनें…
deals-other-reason = अन्य (नीचे बताएँ)
deals-reason-details = विवरण
deals-reason-details-placeholder = विवरण (सूची वाले कारण के लिए वैकल्पिक)
deals-reason-with-detail = { $reason }: { $detail }
deals-won-reason-required = बताएँ कि डील क्यों जीती।
deals-lost-reason-required = बताएँ कि डील क्यों हारी।
deals-lost-reason-price = कीमत बहुत ज़्यादा
deals-lost-reason-competitor = प्रतिस्पर्धी को चुना
deals-lost-reason-budget = बजट नहीं
deals-lost-reason-no-decision = कोई फ़ैसला नहीं / जवाब बंद
deals-lost-reason-timing = समय सही नहीं
deals-lost-reason-product-gap = प्रोडक्ट में कमी
deals-won-reason-price = सबसे अच्छी कीमत
deals-won-reason-fit = प्रोडक्ट सही बैठा
deals-won-reason-relationship = संबंध
deals-won-reason-service = सेवा और सहायता
deals-won-reason-delivery = डिलीवरी समय
deals-won-reason-referral = रेफ़रल

## New deal

deals-new-title-placeholder = जैसे 40 यूनिट, वसंत ऑर्डर
deals-new-value-placeholder = 12500
deals-field-customer = ग्राहक
deals-selected-customer = चुना गया ग्राहक
deals-change-customer = बदलें
deals-customer-search-placeholder = ग्राहक का नाम लिखें
deals-owner-me-option = मैं
deals-create = डील बनाएँ

## A customer's deals

deals-section-title = डील
deals-loading-deals = डील लोड हो रही हैं…
deals-none-for-customer = इस ग्राहक के साथ अभी कोई डील नहीं।
deals-none-open = कोई खुली डील नहीं।
deals-open-deals = खुली डील
deals-closed-deals = बंद डील
deals-closed-deals-count = बंद डील ({ $count })

## Pipeline settings

deals-settings-title = पाइपलाइन
deals-breadcrumb = ब्रेडक्रंब
deals-settings-back = पाइपलाइन बोर्ड
deals-settings-heading = पाइपलाइन और चरण
deals-settings-pipelines = पाइपलाइन
deals-settings-pipeline = पाइपलाइन
deals-field-pipeline-name = पाइपलाइन का नाम
deals-settings-stages-hint = किसी चरण की खुली डील कहीं और ले जाने के बाद उसे हटाया जा सकता है। रुकी हुई: जो डील किसी चरण में इतने दिनों से ज़्यादा पड़ी रहे, वह बोर्ड पर चिह्नित होती है (0 = कभी नहीं)।
deals-stage-delete-confirm = यह चरण हटाएँ?
deals-save = सहेजें
deals-stage-move-earlier = { $stage } को पहले करें
deals-stage-move-later = { $stage } को बाद में करें
deals-delete = हटाएँ
deals-field-win-probability = जीत %
deals-field-rotting-days = रुकी मानें (दिन बाद)
deals-add-stage-heading = चरण जोड़ें
deals-add-stage = चरण जोड़ें
deals-new-pipeline = नई पाइपलाइन
deals-new-pipeline-hint = लीड, योग्य, प्रस्ताव और बातचीत चरणों से शुरू होती है; बाद में इन्हें बदल लें।
deals-new-pipeline-placeholder = जैसे नवीनीकरण
deals-create-pipeline = पाइपलाइन बनाएँ
deals-default-stage-lead = लीड
deals-default-stage-qualified = योग्य
deals-default-stage-proposal = प्रस्ताव
deals-default-stage-negotiation = बातचीत

## What a deal or a stage refuses

deals-error-amount-format = 12500 या 12500.50 जैसी राशि लिखें।
deals-error-amount-negative = शून्य या उससे ज़्यादा राशि लिखें।
deals-error-amount-too-large = यह राशि बहुत बड़ी है।
deals-error-company-required = वह ग्राहक चुनें जिसके साथ यह डील है।
deals-error-date = 2026-12-31 जैसी तारीख़ लिखें।
deals-error-probability = 0 से 100 के बीच संभावना लिखें।
deals-error-choose-listed = सूची में से कोई एक मान चुनें।
deals-error-not-editable = इस फ़ील्ड को बदला नहीं जा सकता।
deals-error-currency = EUR जैसा तीन अक्षरों का मुद्रा कोड लिखें।
deals-error-rotting-days = 0 (कभी नहीं) से 365 के बीच दिनों की संख्या लिखें।
deals-error-owner-not-in-team = अपनी टीम का कोई सदस्य चुनें।
deals-error-contact-elsewhere = ऐसा संपर्क चुनें जो इस ग्राहक के यहाँ काम करता हो।
deals-error-customer-gone = यह ग्राहक अब मौजूद नहीं है।
deals-error-no-pipeline = पहले किसी मैनेजर से पाइपलाइन बनाने को कहें।
deals-error-pipeline-gone = यह पाइपलाइन अब मौजूद नहीं है।
deals-error-stage-required = इस पाइपलाइन का कोई चरण चुनें।
deals-error-move-closed = यह डील बंद है। इसे खिसकाने के लिए फिर से खोलें।
deals-error-stage-elsewhere = वह चरण अब इस डील की पाइपलाइन में नहीं है।
deals-error-already-won = यह डील पहले ही जीती जा चुकी है।
deals-error-already-lost = यह डील पहले ही हारी जा चुकी है।
deals-error-already-open = यह डील पहले से खुली है।
deals-error-too-many-stages =
    { $max ->
       *[other] एक पाइपलाइन में ज़्यादा से ज़्यादा { $max } चरण हो सकते हैं।
    }
deals-error-last-stage = पाइपलाइन में कम से कम एक चरण होना चाहिए।
deals-error-stage-has-open-deals =
    { $open ->
        [one] “{ $stage }” हटाने से पहले उसकी { $open } खुली डील कहीं और ले जाएँ।
       *[other] “{ $stage }” हटाने से पहले उसकी { $open } खुली डील कहीं और ले जाएँ।
    }
deals-error-stage-has-archived-deals =
    { $archived ->
        [one] “{ $stage }” में { $archived } संग्रहीत खुली डील है: इसे हटाने से पहले उसे वापस लाकर कहीं और ले जाएँ, या उसे मिटा दें।
       *[other] “{ $stage }” में { $archived } संग्रहीत खुली डील हैं: इसे हटाने से पहले उन्हें वापस लाकर कहीं और ले जाएँ, या उन्हें मिटा दें।
    }
