## पूर्वानुमान और कोटा

forecast-title = पूर्वानुमान
forecast-team-title = टीम का पूर्वानुमान
forecast-my-title = मेरा पूर्वानुमान
forecast-filters = पूर्वानुमान फ़िल्टर
forecast-period = अवधि
forecast-this-month = यह महीना
forecast-this-quarter = यह तिमाही
forecast-next-quarter = अगली तिमाही
forecast-custom = अपनी पसंद…
forecast-from = से
forecast-to = तक
forecast-pipeline = पाइपलाइन
forecast-all-pipelines = सभी पाइपलाइन
forecast-rep = प्रतिनिधि
forecast-whole-team = पूरी टीम
forecast-computing = पूर्वानुमान की गणना हो रही है…
forecast-offline-as-read = ऑफ़लाइन: ये आँकड़े { $time } को पढ़े गए थे। ऑनलाइन होने पर ये अपडेट हो जाएँगे।
forecast-needs-connection = पूर्वानुमान के लिए कनेक्शन चाहिए
forecast-needs-connection-body = इसकी गणना सर्वर पर पूरी टीम की डील से होती है, और यह अवधि इस डिवाइस पर अभी तक नहीं पढ़ी गई है। ऑनलाइन होते ही यह दिखेगा।
forecast-explanation = खुली डील अपने अपेक्षित क्लोज़ महीने में मूल्य × जीत की संभावना पर गिनी जाती हैं; जीती गई डील उसी महीने में पूरी गिनी जाती हैं जिसमें वे जीती गईं; हारी गई डील बिल्कुल नहीं गिनी जातीं। कमिट ≥ { $commit }%, बेस्ट केस ≥ { $best }%, उससे नीचे पाइपलाइन। कुल राशि हर मुद्रा में अलग है, कभी बदली नहीं जाती।
forecast-undated = इस पूर्वानुमान में शामिल नहीं: { $deals }, जिनकी कोई अपेक्षित क्लोज़ तारीख नहीं है। उन्हें गिनने के लिए क्लोज़ तारीख दें।
forecast-undated-deals =
    { $count ->
       *[other] { $count } डील ({ $amount })
    }
forecast-list-separator = {", "}
forecast-currency = मुद्रा
forecast-empty-title = पूर्वानुमान के लिए कुछ नहीं
forecast-empty-body = इस अवधि में कोई खुली डील क्लोज़ नहीं होती, कोई जीती नहीं गई, और कोई कोटा तय नहीं है। कोई दूसरी अवधि या पाइपलाइन आज़माएँ।

## चार्ट और तालिकाएँ

forecast-by-month-heading = महीने के अनुसार अपेक्षित राजस्व · { $currency }
forecast-by-rep-heading = प्रतिनिधि के अनुसार कोटा उपलब्धि · { $currency }
forecast-download-csv = CSV डाउनलोड करें
forecast-expected-won = अपेक्षित { $expected } · अब तक जीता { $won }
forecast-no-reps = इस अवधि में किसी प्रतिनिधि की कोई डील या कोटा नहीं है।
forecast-chart-by-month = क्लोज़ महीने और श्रेणी के अनुसार अपेक्षित राजस्व
forecast-chart-by-rep = प्रतिनिधि के अनुसार कोटा उपलब्धि
forecast-table-by-month = महीने के अनुसार अपेक्षित राजस्व
forecast-table-by-rep = प्रतिनिधि के अनुसार पूर्वानुमान
forecast-month = महीना
forecast-expected = अपेक्षित
forecast-quota = कोटा
forecast-attainment = उपलब्धि
forecast-attainment-percent = उपलब्धि %
forecast-total = कुल
forecast-former-member = पूर्व टीम सदस्य
forecast-no-quota = कोई कोटा नहीं
forecast-attainment-of-quota = { $name }: कोटा का { $percent }
forecast-no-quota-set = { $name }: कोई कोटा तय नहीं

## पूर्वानुमान श्रेणियाँ (जीत की संभावना के अनुसार)

forecast-category-won = जीती गई
forecast-category-commit = कमिट
forecast-category-best-case = बेस्ट केस
forecast-category-pipeline = पाइपलाइन

## किसी आँकड़े के पीछे की डील

forecast-drill-all = अवधि की सभी डील
forecast-drill-heading =
    { $count ->
       *[other] { $title } · { $count } डील · { $amount }
    }
forecast-close = बंद करें
forecast-drill-none = इस आँकड़े के पीछे कोई डील नहीं।
forecast-deal = डील
forecast-customer = ग्राहक
forecast-stage = चरण
forecast-closes = क्लोज़ तारीख
forecast-win-percent = जीत %
forecast-value = मूल्य
forecast-counted = गिना गया

## कोटा और श्रेणियाँ (मैनेजर)

forecast-settings-title = कोटा और श्रेणियाँ
forecast-set-quota = कोटा तय करें
forecast-quota-field = कोटा (खाली छोड़ने पर हट जाता है)
forecast-save-quota = कोटा सहेजें
forecast-categories = पूर्वानुमान श्रेणियाँ
forecast-commit-from = कमिट कहाँ से (%)
forecast-best-case-from = बेस्ट केस कहाँ से (%)
forecast-save-categories = श्रेणियाँ सहेजें
forecast-choose-rep = कोई प्रतिनिधि चुनें।
forecast-choose-month = कोई महीना चुनें।
forecast-quota-saved = कोटा सहेजा गया।
forecast-quota-removed = कोटा हटाया गया।
forecast-error-percentage = { $min } से { $max } तक का प्रतिशत डालें।
forecast-error-best-case-below-commit = बेस्ट केस कमिट से नीचे शुरू होना चाहिए।
forecast-error-whole-months = पूर्वानुमान पूरे महीनों का होता है।
forecast-error-period-order = अवधि शुरू होने के बाद ही खत्म होनी चाहिए।
forecast-error-period-too-long =
    { $max ->
       *[other] अधिकतम { $max } महीने की अवधि चुनें।
    }
forecast-error-quota-month = कोटा हर महीने के लिए तय होता है।
forecast-error-currency = EUR जैसा तीन अक्षरों वाला मुद्रा कोड इस्तेमाल करें।
forecast-error-amount = शून्य या उससे अधिक राशि डालें।
forecast-error-team-member = अपनी टीम का कोई सदस्य चुनें।
