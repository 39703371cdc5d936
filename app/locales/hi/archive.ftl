## संग्रह

archive-title = संग्रह
archive-intro = संग्रहीत ग्राहक, संपर्क, डील और गतिविधियाँ। “वापस लाएँ” किसी रिकॉर्ड को उसके साथ संग्रहीत हर चीज़ के साथ वापस लाता है। “मिटाएँ” उसे हमेशा के लिए हटा देता है (उदाहरण के लिए डेटा-सुरक्षा अनुरोध पर); हर बार मिटाना दर्ज किया जाता है।
archive-loading = संग्रह लोड हो रहा है…
archive-empty-title = कुछ भी संग्रहीत नहीं है
archive-empty-body = संग्रहीत रिकॉर्ड यहाँ दिखते हैं।
archive-kind-company = कंपनी
archive-kind-contact = संपर्क
archive-kind-deal = डील
archive-kind-activity = गतिविधि
archive-at = { $company } में
archive-owner = ज़िम्मेदार: { $name }
archive-with-records =
    { $count ->
        [one] { $count } संग्रहीत रिकॉर्ड के साथ
       *[other] { $count } संग्रहीत रिकॉर्ड के साथ
    }
archive-archived = { $when } UTC को संग्रहीत
archive-archived-by = { $name } ने { $when } UTC को संग्रहीत किया
archive-restore = वापस लाएँ
archive-restoring = वापस ला रहे हैं…
archive-erase = मिटाएँ…
archive-restored = “{ $name }” वापस लाया गया: सिंक होने पर यह लौट आएगा।
archive-erase-confirm = “{ $name }” को हमेशा के लिए मिटाएँ? इसे पलटा नहीं जा सकता। मिटाना आपके नाम से दर्ज होगा।
archive-erase-confirm-with =
    { $count ->
        [one] “{ $name }” और उसके साथ संग्रहीत { $count } रिकॉर्ड को हमेशा के लिए मिटाएँ? इसे पलटा नहीं जा सकता। मिटाना आपके नाम से दर्ज होगा।
       *[other] “{ $name }” और उसके साथ संग्रहीत { $count } रिकॉर्ड को हमेशा के लिए मिटाएँ? इसे पलटा नहीं जा सकता। मिटाना आपके नाम से दर्ज होगा।
    }
archive-erased = “{ $name }” मिटा दिया गया।
archive-erased-with = “{ $name }” मिटा दिया गया, साथ में { $what }।
archive-erased-contacts =
    { $count ->
       *[other] { $count } संपर्क
    }
archive-erased-deals =
    { $count ->
       *[other] { $count } डील
    }
archive-erased-activities =
    { $count ->
        [one] { $count } गतिविधि
       *[other] { $count } गतिविधियाँ
    }
archive-erased-stage-changes =
    { $count ->
       *[other] { $count } चरण बदलाव
    }
archive-erased-field-changes =
    { $count ->
       *[other] { $count } फ़ील्ड बदलाव
    }
archive-erased-other = { $count } { $kind }
archive-list-separator = {", "}
archive-list-and = {" और "}

## कंपनी संग्रहीत करना (ग्राहक कार्ड)

archive-company = कंपनी संग्रहीत करें
archive-company-body = कंपनी को उसके संपर्कों, डील और गतिविधियों के साथ संग्रहीत करता है: वे सभी के लिए सूचियों, बोर्ड और पूर्वानुमान से हट जाते हैं। मैनेजर उन्हें संग्रह से वापस ला सकते हैं।
archive-a-colleague = एक सहकर्मी
archive-confirm = “{ $name }” को संग्रहीत करें? मैनेजर इसे सब कुछ के साथ संग्रह से वापस ला सकते हैं।
archive-confirm-with = “{ $name }” को { $what } के साथ संग्रहीत करें? मैनेजर इसे सब कुछ के साथ संग्रह से वापस ला सकते हैं।
archive-confirm-anyway = फिर भी “{ $name }” को संग्रहीत करें? मैनेजर इसे सब कुछ के साथ संग्रह से वापस ला सकते हैं।
archive-confirm-anyway-with = फिर भी “{ $name }” को { $what } के साथ संग्रहीत करें? मैनेजर इसे सब कुछ के साथ संग्रह से वापस ला सकते हैं।
archive-reach-contacts =
    { $count ->
       *[other] { $count } संपर्क
    }
archive-reach-open-deals =
    { $count ->
       *[other] { $count } खुली डील
    }
archive-reach-closed-deals =
    { $count ->
       *[other] { $count } बंद डील
    }
archive-reach-activities =
    { $count ->
        [one] { $count } गतिविधि
       *[other] { $count } गतिविधियाँ
    }
archive-blocked-deals =
    { $person } के पास यहाँ अभी भी { $deals ->
        [one] { $deals } खुली डील है
       *[other] { $deals } खुली डील हैं
    }।
archive-blocked-planned =
    { $person } के पास यहाँ अभी भी { $planned ->
        [one] { $planned } योजनाबद्ध गतिविधि है
       *[other] { $planned } योजनाबद्ध गतिविधियाँ हैं
    }।
archive-blocked-both =
    { $person } के पास यहाँ अभी भी { $deals ->
       *[other] { $deals } खुली डील
    } और { $planned ->
        [one] { $planned } योजनाबद्ध गतिविधि
       *[other] { $planned } योजनाबद्ध गतिविधियाँ
    } हैं।
archive-blocked-many = { $people } के पास यहाँ अभी भी खुली डील या योजनाबद्ध गतिविधियाँ हैं।
archive-blocked-deals-confirm =
    { $person } के पास यहाँ अभी भी { $deals ->
        [one] { $deals } खुली डील है
       *[other] { $deals } खुली डील हैं
    }। इसे सब कुछ के साथ संग्रहीत करने के लिए पुष्टि करें।
archive-blocked-planned-confirm =
    { $person } के पास यहाँ अभी भी { $planned ->
        [one] { $planned } योजनाबद्ध गतिविधि है
       *[other] { $planned } योजनाबद्ध गतिविधियाँ हैं
    }। इसे सब कुछ के साथ संग्रहीत करने के लिए पुष्टि करें।
archive-blocked-both-confirm =
    { $person } के पास यहाँ अभी भी { $deals ->
       *[other] { $deals } खुली डील
    } और { $planned ->
        [one] { $planned } योजनाबद्ध गतिविधि
       *[other] { $planned } योजनाबद्ध गतिविधियाँ
    } हैं। इसे सब कुछ के साथ संग्रहीत करने के लिए पुष्टि करें।
archive-blocked-many-confirm = { $people } के पास यहाँ अभी भी खुली डील या योजनाबद्ध गतिविधियाँ हैं। इसे सब कुछ के साथ संग्रहीत करने के लिए पुष्टि करें।
archive-error-company-archived = कंपनी “{ $name }” संग्रहीत है: पहले उसे वापस लाएँ।
archive-error-not-archived = केवल संग्रहीत रिकॉर्ड ही मिटाए जा सकते हैं: पहले इसे संग्रहीत करें।
