## This device: storage and sync; the offline page

## An edit the server refused: what was not saved (then, after it, why).

sync-refused-create-company = नई कंपनी “{ $name }” सहेजी नहीं गई:
sync-refused-edit-company = कंपनी “{ $name }” में आपका बदलाव सहेजा नहीं गया:
sync-refused-edit-company-unnamed = एक कंपनी में आपका बदलाव सहेजा नहीं गया:
sync-refused-archive-company = कंपनी “{ $name }” को संग्रह में डालना सहेजा नहीं गया:
sync-refused-archive-company-unnamed = एक कंपनी को संग्रह में डालना सहेजा नहीं गया:
sync-refused-create-contact = नया संपर्क “{ $name }” सहेजा नहीं गया:
sync-refused-edit-contact = संपर्क “{ $name }” में आपका बदलाव सहेजा नहीं गया:
sync-refused-edit-contact-unnamed = एक संपर्क में आपका बदलाव सहेजा नहीं गया:
sync-refused-archive-contact = संपर्क “{ $name }” को संग्रह में डालना सहेजा नहीं गया:
sync-refused-archive-contact-unnamed = एक संपर्क को संग्रह में डालना सहेजा नहीं गया:
sync-refused-create-deal = नई डील “{ $name }” सहेजी नहीं गई:
sync-refused-edit-deal = डील “{ $name }” में आपका बदलाव सहेजा नहीं गया:
sync-refused-edit-deal-unnamed = एक डील में आपका बदलाव सहेजा नहीं गया:
sync-refused-move-deal = डील “{ $name }” की जगह बदलना सहेजा नहीं गया:
sync-refused-move-deal-unnamed = एक डील की जगह बदलना सहेजा नहीं गया:
sync-refused-close-deal = डील “{ $name }” को बंद करना सहेजा नहीं गया:
sync-refused-close-deal-unnamed = एक डील को बंद करना सहेजा नहीं गया:
sync-refused-reopen-deal = डील “{ $name }” को फिर से खोलना सहेजा नहीं गया:
sync-refused-reopen-deal-unnamed = एक डील को फिर से खोलना सहेजा नहीं गया:
sync-refused-archive-deal = डील “{ $name }” को संग्रह में डालना सहेजा नहीं गया:
sync-refused-archive-deal-unnamed = एक डील को संग्रह में डालना सहेजा नहीं गया:
sync-refused-create-activity = नई गतिविधि “{ $name }” सहेजी नहीं गई:
sync-refused-edit-activity = गतिविधि “{ $name }” में आपका बदलाव सहेजा नहीं गया:
sync-refused-edit-activity-unnamed = एक गतिविधि में आपका बदलाव सहेजा नहीं गया:
sync-refused-complete-activity = गतिविधि “{ $name }” को पूरा करना सहेजा नहीं गया:
sync-refused-complete-activity-unnamed = एक गतिविधि को पूरा करना सहेजा नहीं गया:
sync-refused-reopen-activity = गतिविधि “{ $name }” को फिर से खोलना सहेजा नहीं गया:
sync-refused-reopen-activity-unnamed = एक गतिविधि को फिर से खोलना सहेजा नहीं गया:
sync-refused-check-in = गतिविधि “{ $name }” पर चेक-इन सहेजा नहीं गया:
sync-refused-check-in-unnamed = एक गतिविधि पर चेक-इन सहेजा नहीं गया:
sync-refused-archive-activity = गतिविधि “{ $name }” को संग्रह में डालना सहेजा नहीं गया:
sync-refused-archive-activity-unnamed = एक गतिविधि को संग्रह में डालना सहेजा नहीं गया:
sync-refused-restore-company = संग्रह से एक कंपनी वापस लाना सहेजा नहीं गया:
sync-refused-restore-contact = संग्रह से एक संपर्क वापस लाना सहेजा नहीं गया:
sync-refused-restore-deal = संग्रह से एक डील वापस लाना सहेजा नहीं गया:
sync-refused-restore-activity = संग्रह से एक गतिविधि वापस लाना सहेजा नहीं गया:

## Sync problems

sync-signed-out = आप साइन आउट हो गए थे। अपने बदलाव भेजने के लिए फिर से साइन इन करें।
sync-storage-full = इस डिवाइस का संग्रहण भर गया है: ऑफ़लाइन किए गए बदलाव पेज दोबारा लोड होने पर शायद न बचें।
sync-held-newer = इस डिवाइस पर Fieldbook के नए संस्करण से सहेजे गए बदलाव हैं। उसे पाने के लिए पेज फिर से लोड करें: बदलाव सुरक्षित रहेंगे और वहीं से भेजे जाएँगे। तब तक आप देख सकते हैं, बदल नहीं सकते।
sync-held-unreadable = इस डिवाइस पर ऐसे बदलाव हैं जिन्हें Fieldbook का यह संस्करण नहीं पढ़ सकता। वे डिवाइस पर रखे गए हैं, भेजे नहीं गए; जब तक यहाँ उन्हें पढ़ने वाला संस्करण नहीं चलता, आप देख सकते हैं, बदल नहीं सकते।
sync-held-reload = Fieldbook के किसी दूसरे संस्करण से सहेजे गए बदलाव इस डिवाइस पर बाकी हैं: बदलाव करने से पहले अपडेट के लिए पेज फिर से लोड करें।
sync-still-loading = आपका डेटा अभी लोड हो रहा है। थोड़ी देर में फिर से कोशिश करें।
sync-too-many-edits = एक बार में ज़्यादा से ज़्यादा { $max } बदलाव भेजें।

## A new release, installed in the background

update-ready = Fieldbook का नया संस्करण तैयार है। इस डिवाइस पर बाकी बदलाव सुरक्षित रहेंगे।
update-reload = नया संस्करण — रीलोड करें

## The "This device" page

device-title = यह डिवाइस
device-storage-heading = संग्रहण और सिंक
device-records = रखे गए रिकॉर्ड
device-records-count = { $count } (ग्राहक, संपर्क, डील और गतिविधियाँ)
device-pending = बाकी बदलाव
device-last-sync = पिछला सिंक
device-never-synced = अभी नहीं
device-not-synced-offline = इस पेज के खुलने के बाद से नहीं (ऑफ़लाइन)
device-offline-pages = ऑफ़लाइन इस्तेमाल के लिए पेज
device-pages-checking = जाँच हो रही है…
device-pages-not-now = अभी सभी नहीं रखे गए: नेटवर्क लौटने पर रखे जाएँगे
device-pages-all-kept = सभी { $total } रखे गए: हर पेज ऑफ़लाइन खुलता है
device-pages-some-kept = { $total } में से { $kept } रखे गए
device-pages-unsupported = यह ब्राउज़र ऑफ़लाइन इस्तेमाल के लिए पेज नहीं रख सकता
device-storage-used = इस्तेमाल हुआ संग्रहण
device-storage-measuring = माप रहे हैं…
device-storage-unknown = यह ब्राउज़र नहीं बताता
device-storage-kept = { $quota } में से { $used } (जगह कम होने पर भी रखा जाता है)
device-storage-may-clear = { $quota } में से { $used } (जगह कम होने पर ब्राउज़र इसे मिटा सकता है)
device-about = आपके ग्राहक और कतार में रखे बदलाव इसी ब्राउज़र में रहते हैं ताकि Fieldbook बिना नेटवर्क के चले, और हर पेज रखा जाता है ताकि वह ऑफ़लाइन भी खुले। साइन आउट करने पर ग्राहकों का डेटा और रखे गए पेज हट जाते हैं; जो बदलाव अभी भेजे नहीं गए, वे यहाँ फिर से साइन इन करने तक रहते हैं।
