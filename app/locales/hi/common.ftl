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
