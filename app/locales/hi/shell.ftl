# Fieldbook — हिन्दी। शब्दावली: app/src/i18n/glossary/hi.md देखें।
# बहुवचन: one (0 और 1), other.

## ढाँचा: टैब, खोज, सिंक की स्थिति

nav-main = मुख्य मेन्यू
tab-my-day = मेरा दिन
tab-customers = ग्राहक
tab-pipeline = पाइपलाइन
tab-more = और
search-label = खोजें
search-title = सब कुछ खोजें
sync-link-title = यह डिवाइस: संग्रहण और सिंक
sync-offline = ऑफ़लाइन
sync-syncing = सिंक हो रहा है…
sync-all-saved = सब सहेजा गया
sync-saving = सहेजा जा रहा है
sync-edits-waiting =
    { $count ->
        [one] { $count } बदलाव बाकी
       *[other] { $count } बदलाव बाकी
    }
sync-status-title = बदलाव इसी डिवाइस पर रखे जाते हैं और नेटवर्क मिलने पर भेजे जाते हैं
notice-dismiss = हटाएँ

## और

more-signed-in = साइन इन है
more-pages = और पेज
more-forecast = पूर्वानुमान
more-forecast-hint = अपेक्षित राजस्व और कोटा
more-archive = संग्रह
more-archive-hint = संग्रहीत रिकॉर्ड वापस लाएँ या मिटाएँ
more-pipelines = पाइपलाइन और चरण
more-pipelines-hint = बिक्री के चरण तय करें
more-device = यह डिवाइस
more-device-hint = यहाँ क्या रखा है, बाकी बदलाव, पिछला सिंक
more-language = भाषा
more-language-hint = इस डिवाइस पर Fieldbook की भाषा। यह तुरंत बदलती है, ऑफ़लाइन भी।
language-unavailable = यह भाषा लोड नहीं हो सकी। ऑनलाइन होने पर फिर से कोशिश करें।
sign-out = साइन आउट करें
sign-out-offline = आप ऑफ़लाइन हैं। साइन आउट करने से सर्वर पर आपका सत्र खत्म होता है, इसलिए इसके लिए कनेक्शन चाहिए: ऑनलाइन होने पर फिर से कोशिश करें। तब तक आपके ग्राहक और बदलाव इसी डिवाइस पर रहेंगे।
sign-out-confirm =
    { $count ->
        [one] { $count } बदलाव अभी भेजा नहीं गया है। यह इसी डिवाइस पर रहेगा और यहाँ फिर से साइन इन करने पर भेजा जाएगा। साइन आउट करें?
       *[other] { $count } बदलाव अभी भेजे नहीं गए हैं। ये इसी डिवाइस पर रहेंगे और यहाँ फिर से साइन इन करने पर भेजे जाएँगे। साइन आउट करें?
    }
sign-out-everywhere-hint = फ़ोन खो गया, या किसी साझा कंप्यूटर पर साइन इन किया था? अपने खाते के सभी सत्र खत्म करें।
sign-out-everywhere = हर जगह से साइन आउट करें

## खोज

search-page-label = इस डिवाइस पर सब कुछ खोजें
search-page-placeholder = नाम, फ़ोन, टैग, डील, नोट…
search-page-loading = इस डिवाइस का डेटा लोड हो रहा है…
search-page-results =
    { $count ->
        [one] { $count } परिणाम
       *[other] { $count } परिणाम
    }
search-page-results-best =
    { $count ->
       *[other] { $count } परिणाम, सबसे अच्छे { $shown } दिखाए गए
    }
search-page-hint = ग्राहकों को नाम, टैग, उद्योग, पते या फ़ोन से; संपर्कों को नाम, ईमेल या फ़ोन से; डील को शीर्षक से; गतिविधियों को विषय और नोट्स से खोजें। यह इसी डिवाइस पर खोजता है, इसलिए ऑफ़लाइन भी काम करता है।
search-page-no-match = इस डिवाइस पर “{ $query }” से कुछ भी मेल नहीं खाता।
search-kind-customer = ग्राहक
search-kind-contact = संपर्क
search-kind-deal = डील
search-kind-activity = गतिविधि

## पेज पर जाना, जो पेज मौजूद नहीं हैं

shell-skip-to-content = सामग्री पर जाएँ
shell-not-found-title = नहीं मिला
shell-not-found = पेज नहीं मिला
shell-not-found-body = आपने जो पेज माँगा था, वह मौजूद नहीं है।
shell-go-to-customers = ग्राहकों पर जाएँ
