## Validation messages, errors and notices shared by every page

error-unauthorized = जारी रखने के लिए कृपया साइन इन करें।
error-forbidden = आपको इस रिकॉर्ड तक पहुँच नहीं है।
error-not-found = यह रिकॉर्ड नहीं मिला। हो सकता है इसे हटा दिया गया हो।
error-validation = कृपया चिह्नित फ़ील्ड ठीक करें।
error-already-exists = यह रिकॉर्ड पहले ही बनाया जा चुका है।
error-internal = हमारी ओर से कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।
error-busy = Fieldbook किसी दूसरे बदलाव में व्यस्त था। कृपया फिर से कोशिश करें।
error-throttled = बहुत अधिक प्रयास। कृपया { $seconds } सेकंड रुकें और फिर से कोशिश करें।
error-malformed = अनुरोध पढ़ा नहीं जा सका। पेज फिर से लोड करें और दोबारा कोशिश करें।
error-unavailable = Fieldbook अभी उपलब्ध नहीं है। कृपया थोड़ी देर में फिर से कोशिश करें।
error-network = Fieldbook तक नहीं पहुँच सके। कनेक्शन जाँचें और फिर से कोशिश करें।

## Errors the database reports, beside the field to fix

error-company-name-taken = इस नाम की कंपनी पहले से मौजूद है।
error-email-taken = यह ईमेल पहले से इस्तेमाल में है।
error-stage-name-taken = इस पाइपलाइन में इस नाम का चरण पहले से है।
error-pipeline-name-taken = इस नाम की पाइपलाइन पहले से मौजूद है।
error-linked-record-gone = जुड़ा हुआ रिकॉर्ड अब मौजूद नहीं है। पेज फिर से लोड करें और दोबारा कोशिश करें।

## Field checks (app/src/validate.rs)

validation-required = यह फ़ील्ड ज़रूरी है।
validation-too-long = इसे { $max } अक्षरों से कम रखें।
validation-control-characters = अदृश्य कंट्रोल अक्षर हटाएँ।
validation-date-range = वर्ष { $from } और { $to } के बीच की तारीख चुनें।
validation-email = name@company.com जैसा ईमेल पता डालें।
validation-phone = अंकों, स्पेस और + - ( ) से फ़ोन नंबर डालें।
validation-website = example.com जैसा वेब पता डालें।

## Pieces every page uses: loading, editing a field in place, error notices

common-loading = लोड हो रहा है…
common-save = सहेजें
common-saving = सहेजा जा रहा है…
common-cancel = रद्द करें
common-not-set = सेट नहीं
common-edit-field = { $field } बदलें
common-sign-in = साइन इन करें
common-back-to-customers = ग्राहकों पर वापस जाएँ
